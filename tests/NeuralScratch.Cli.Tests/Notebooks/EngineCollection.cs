namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>
/// Tests that start the real dotnet-interactive tool. They run one at a time and never beside
/// other tests: each kernel takes a core and a few hundred MB, and the machine has two cores.
/// The kit's notebooks run once for all of them (<see cref="KitNotebooksRun"/>): their tests and the file-based apps' read that run.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EngineCollection : ICollectionFixture<FixtureRun>, ICollectionFixture<KitNotebooksRun>
{
    public const string Name = "dotnet-interactive engine";
}
