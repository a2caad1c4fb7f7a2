using System.Text.Json.Nodes;

namespace NeuralScratch.Cli.Notebooks;

/// <summary>
/// One line the kernel wrote on stdout:
/// {"eventType": "ReturnValueProduced", "event": {...}, "command": {"token": "cell-3", ...}}.
/// </summary>
/// <param name="Type">The event's name, e.g. "StandardOutputValueProduced".</param>
/// <param name="Body">The event's own fields.</param>
/// <param name="Token">The token of the command that caused it; a command the cell's code sent
/// itself gets a child token such as "cell-3.2".</param>
internal sealed record KernelEvent(string Type, JsonObject Body, string? Token)
{
    /// <summary>Reads one stdout line; lines that are not events (the tool's banner) give null.</summary>
    public static KernelEvent? TryParse(string line)
    {
        if (!line.StartsWith('{'))
            return null;
        try
        {
            var envelope = JsonNode.Parse(line) as JsonObject;
            var type = (string?)envelope?["eventType"];
            if (type is null)
                return null;
            var body = envelope!["event"] as JsonObject ?? new JsonObject();
            return new KernelEvent(type, body, (string?)envelope["command"]?["token"]);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>True for events of the command with this token or of commands it sent.</summary>
    public bool BelongsTo(string token) => Token == token || (Token?.StartsWith(token + ".") ?? false);

    public string? Message => (string?)Body["message"];
}
