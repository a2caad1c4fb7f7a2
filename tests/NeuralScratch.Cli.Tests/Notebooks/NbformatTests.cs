namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>The validator the runner's tests rely on says no when it should.</summary>
public sealed class NbformatTests
{
    [Fact]
    public void A_4_5_notebook_without_cell_ids_is_refused()
    {
        using var folder = new TempFolder();
        string notebook = folder.File("no-ids.ipynb");
        File.WriteAllText(notebook, """
            {"cells": [{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ["1 + 1"]}],
             "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """);
        Assert.Contains("id", Nbformat.Problems(notebook));
        File.WriteAllText(notebook, File.ReadAllText(notebook).Replace("\"cell_type\"", "\"id\": \"one\", \"cell_type\""));
        Assert.Equal("", Nbformat.Problems(notebook));
    }
}
