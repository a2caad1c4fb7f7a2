namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>
/// Tests that start the real dotnet-interactive tool. They run one at a time and never beside
/// other tests: each kernel takes a core and a few hundred MB, and the machine has two cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EngineCollection : ICollectionFixture<FixtureRun>
{
    public const string Name = "dotnet-interactive engine";
}
