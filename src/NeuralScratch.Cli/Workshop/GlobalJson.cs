using System.Text.Json.Nodes;

namespace NeuralScratch.Cli.Workshop;

/// <summary>The .NET SDK the kit's global.json asks for, in words: what each laptop must have.</summary>
internal static class GlobalJson
{
    public static string SdkWanted(string kit)
    {
        JsonNode sdk = JsonNode.Parse(File.ReadAllText(Path.Combine(kit, "global.json")))!["sdk"]!;
        string version = (string)sdk["version"]!;
        string rollForward = (string?)sdk["rollForward"] ?? "latestPatch"; // the SDK's default when a version is given
        string[] parts = version.Split('.');
        return rollForward is "patch" or "latestPatch"
            ? $"{version} or a later {parts[0]}.{parts[1]}.{parts[2][0]}xx" // the same feature band: 10.0.400 to 10.0.499
            : $"{version} or later (global.json's rollForward: {rollForward})";
    }
}
