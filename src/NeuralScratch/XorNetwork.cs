namespace NeuralScratch;

/// <summary>The walkthrough's hand-weighted network that computes XOR.</summary>
public static class XorNetwork
{
    /// <summary>
    /// Hidden layer: an AND neuron and an OR neuron; output: "second input and not the first",
    /// fed the AND and the OR. Large weights push each sigmoid close to 0 or 1.
    /// </summary>
    public static double[][][] Create() =>
    [
        [
            [20, 20, -30], // AND
            [20, 20, -10], // OR
        ],
        [
            [-60, 60, -30], // OR and not AND
        ],
    ];

    /// <summary>The four input pairs, in the walkthrough's order.</summary>
    public static readonly double[][] Inputs = [[0, 0], [0, 1], [1, 0], [1, 1]];
}
