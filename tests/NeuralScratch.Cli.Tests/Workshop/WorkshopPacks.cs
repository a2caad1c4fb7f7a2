using NeuralScratch.Cli.Tests.Notebooks;
using NeuralScratch.Cli.Workshop;

namespace NeuralScratch.Cli.Tests.Workshop;

/// <summary>
/// Tests that make workshop packs: each restores the kit and copies 60 MB, and some start the engine,
/// so they run one at a time and never beside other tests (the machine has two cores).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkshopCollection : ICollectionFixture<WorkshopPacks>
{
    public const string Name = "workshop packs";
}

/// <summary>Two packs of this clone of the kit, made once with this machine's NuGet cache: a folder, and a zip.</summary>
public sealed class WorkshopPacks : IDisposable
{
    readonly TempFolder temp = new();

    public WorkshopPacks()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        FolderRun = Cli.Run("workshop", "pack", "--out", Folder);
        FolderTime = clock.Elapsed;
        clock.Restart();
        ZipRun = Cli.Run("workshop", "pack", "--zip", "--out", Path.Combine(ZipParent, "pack"));
        ZipTime = clock.Elapsed;
    }

    /// <summary>How long making each pack took here.</summary>
    public TimeSpan FolderTime { get; }

    public TimeSpan ZipTime { get; }

    /// <summary>Where the packs were made: the folder pack, and a folder holding the zip.</summary>
    public string Parent => temp.Path;

    public string Folder => temp.File("pack");

    public string ZipParent => temp.File("zipped");

    public string Zip => Path.Combine(ZipParent, "pack.zip");

    public Cli FolderRun { get; }

    public Cli ZipRun { get; }

    internal PackManifest Manifest => PackManifest.Read(Folder);

    public void Dispose() => temp.Dispose();
}
