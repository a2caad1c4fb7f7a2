namespace NeuralScratch.Experiments;

/// <summary>
/// What a network predicted for some digits after every epoch of a training run:
/// <c>Predictions[e][d]</c> is digit d's prediction after e epochs (e = 0 is before training).
/// </summary>
public sealed record PredictionHistory(IReadOnlyList<Digit> Digits, int[][] Predictions, double[] Losses)
{
    /// <summary>
    /// Trains <paramref name="network"/> in place on the ten training digits and records the
    /// predictions for <paramref name="digits"/> after every epoch.
    /// </summary>
    public static PredictionHistory Track(double[][][] network, IReadOnlyList<Digit> digits, int epochs, TrainingOptions? options = null)
    {
        var recorder = Recorder(network, digits);
        TrainingResult result = recorder.Train(NeuralScratch.Digits.Inputs(), NeuralScratch.Digits.Targets(), epochs, options);
        return From(digits, recorder, result.Losses);
    }

    /// <summary>A recorder of the digits' predictions after every epoch.</summary>
    internal static EpochRecorder<int[]> Recorder(double[][][] network, IReadOnlyList<Digit> digits) =>
        new(network, net => digits.Select(d => Network.Predict(net, d.Pixels)).ToArray());

    internal static PredictionHistory From(IReadOnlyList<Digit> digits, EpochRecorder<int[]> recorder, double[] losses) =>
        new(digits, recorder.Values.Select(v => v.Value).ToArray(), losses);

    /// <summary>The epochs after which the predictions were exactly <paramref name="pattern"/>, e.g. [1, 1, 1].</summary>
    public int[] EpochsPredicting(params int[] pattern)
    {
        if (pattern.Length != Digits.Count)
            throw new ArgumentException($"the pattern has {pattern.Length} classes; expected one per tracked digit ({Digits.Count})");
        return Enumerable.Range(0, Predictions.Length).Where(e => Predictions[e].SequenceEqual(pattern)).ToArray();
    }

    /// <summary>The first epoch from which the predictions never change again.</summary>
    public int SettledFrom()
    {
        int e = Predictions.Length - 1;
        while (e > 0 && Predictions[e - 1].SequenceEqual(Predictions[^1])) e--;
        return e;
    }

    /// <summary>The predictions after the last epoch.</summary>
    public int[] Final => Predictions[^1];
}
