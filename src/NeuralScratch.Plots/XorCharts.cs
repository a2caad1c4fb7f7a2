using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace NeuralScratch.Plots;

/// <summary>A two-input network's output over the whole square of inputs, not just its four corners.</summary>
public static class XorCharts
{
    /// <summary>
    /// The network's first output at every point of [0,1]x[0,1] (a grid of <paramref name="steps"/>
    /// x <paramref name="steps"/> points), white for 0 and black for 1, with the four corners the
    /// walkthrough tried labelled with their outputs. For the walkthrough's XOR network:
    /// <c>XorCharts.OutputOverUnitSquare(XorNetwork.Create())</c>.
    /// </summary>
    public static GenericChart OutputOverUnitSquare(double[][][] network, int steps = 101)
    {
        NetworkCheck.Shape(network);
        if (Network.InputSize(network) != 2)
            throw new ArgumentException($"the network takes {Network.InputSize(network)} inputs; this chart needs a network of 2 inputs, such as XorNetwork.Create()");
        if (steps < 2) throw new ArgumentOutOfRangeException(nameof(steps), steps, "expected at least 2 steps per side");

        double[] axis = Enumerable.Range(0, steps).Select(i => (double)i / (steps - 1)).ToArray();
        // Row j is input 2 = axis[j], column i is input 1 = axis[i].
        double[][] output = axis.Select(x2 => axis.Select(x1 => Output(network, x1, x2)).ToArray()).ToArray();
        var corners = XorNetwork.Inputs.Select(input => new
        {
            x = input[0],
            y = input[1],
            text = $"({input[0]}, {input[1]}) → {ChartStyle.Number(Output(network, input[0], input[1]))}",
            showarrow = true,
            arrowcolor = "#d62728",
            ax = input[0] == 0 ? 60 : -60, // point the label into the square
            ay = input[1] == 0 ? -40 : 40,
            bgcolor = "rgba(255,255,255,0.85)",
            bordercolor = "#d62728",
        }).ToArray();

        return Chart.Heatmap<double, double, double, string>(zData: output, X: axis, Y: axis)
            .WithTraceAttribute("coloraxis", "coloraxis")
            .WithTraceAttribute("hovertemplate", "inputs (%{x:.2f}, %{y:.2f}): output %{z:.3f}<extra></extra>")
            .WithLayoutAttribute("coloraxis", ColorAxes.Binary(0, 1, "output"))
            .WithLayoutAttribute("annotations", corners)
            .WithAxisAttribute("xaxis", "title", new { text = "input 1" })
            .WithAxisAttribute("yaxis", "title", new { text = "input 2" })
            .WithAxisAttribute("yaxis", "scaleanchor", "x")
            .WithAxisAttribute("xaxis", "constrain", "domain")
            .WithAxisAttribute("yaxis", "constrain", "domain")
            .Styled("XOR network: output for every input in [0,1]×[0,1]", 560, 520);
    }

    static double Output(double[][][] network, double x1, double x2) => Network.FeedForward(network, [x1, x2])[^1][0];
}
