using System.Text.Json;
using System.Text.Json.Serialization;

namespace NeuralScratch.Cli.Workshop;

/// <summary>A package in the pack's feed: its file in packages/ and that file's size and SHA-512, to check a copy against.</summary>
internal sealed record PackedPackage(string Id, string Version, string File, long Bytes, string Sha512);

/// <summary>
/// What a workshop pack holds, written into it as workshop-pack.json: when and with which .NET SDK it
/// was made, from which commit of the kit, how big the kit is, and every package of its feed.
/// </summary>
internal sealed record PackManifest(DateTimeOffset Made, string Sdk, string MadeOn, string KitCommit, int KitFiles, long KitBytes,
    string EngineVersion, IReadOnlyList<PackedPackage> Packages)
{
    public const string FileName = "workshop-pack.json";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        RespectNullableAnnotations = true, // a list with a field left out or null is refused, not half read
        RespectRequiredConstructorParameters = true,
    };

    [JsonIgnore]
    public long PackagesBytes => Packages.Sum(p => p.Bytes);

    public void Write(string pack) => File.WriteAllText(Path.Combine(pack, FileName), JsonSerializer.Serialize(this, Json));

    /// <exception cref="UsageException">The folder is not a pack, or its list cannot be read.</exception>
    public static PackManifest Read(string pack)
    {
        string path = Path.Combine(pack, FileName);
        if (!File.Exists(path))
            throw new UsageException($"'{pack}' is not a workshop pack: it has no {FileName}; expected a folder made by `neuralscratch workshop pack`");
        try
        {
            return JsonSerializer.Deserialize<PackManifest>(File.ReadAllText(path), Json)
                ?? throw new JsonException("it is empty");
        }
        catch (JsonException e)
        {
            throw new UsageException($"'{path}' cannot be read ({e.Message}); expected the list `neuralscratch workshop pack` writes");
        }
    }
}
