using System.Text.RegularExpressions;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>The README's "walkthrough → notebook, cell by cell" map points at the cells that hold each piece.</summary>
public sealed class ReadmeMapTests
{
    // Each walkthrough section of the map, and code its notebook cell starts with.
    public static TheoryData<string, string> Sections => new()
    {
        { "Activation Functions", "double StepFunc(" },
        { "Output function", "double Dot(" },
        { "Feed-Forward", "double[][] FeedForward(" },
        { "Neural network simulating XOR port", "double[][][] xorNetwork =" },
        { "Backpropagation", "void Backpropagate(" },
        { "Neural Network vs Captcha", "double[] zero =" },
        { "concatenate each number", "double[][] inputs = [zero" },
        { "one-hot targets", "double[][] targets =" },
        { "train function", "void Train(" },
        { "10000 epochs", "double[][][] network = Network.Clone(startingNetwork);" },
        { "prediction", "int Predict(" },
        { "Testing the Network", "// Testing with a different 3" },
        { "visualize the weights", "void ShowWeights(" },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void The_maps_first_cell_for_a_section_is_the_cell_holding_its_code(string section, string code)
    {
        string readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        Match row = Regex.Match(readme, $@"^\| {Regex.Escape(section)} \|[^|]*\| (\d+)", RegexOptions.Multiline);
        Assert.True(row.Success, $"no row for \"{section}\" in the README's cell map");

        string[] cells = ExecutedNotebook.Read(Path.Combine(Repo.Root, "notebooks", "01-neural-network-from-scratch.ipynb")).Sources;
        int holding = Array.FindIndex(cells, c => c.TrimStart().StartsWith(code)) + 1;

        Assert.True(holding > 0, $"no cell of notebook 01 starts with {code}");
        Assert.Equal(holding, int.Parse(row.Groups[1].Value));
    }
}
