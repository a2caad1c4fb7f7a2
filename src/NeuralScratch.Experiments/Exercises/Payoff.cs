namespace NeuralScratch.Experiments;

/// <summary>One side of the payoff: a network trained from the walkthrough's start, and how it does.</summary>
public sealed record PayoffRun(double[][][] Network, double Loss, int TrainingDigitsRight, int[] TestPredictions);

/// <summary>The learner's training run beside the library's, and whether the two are the same bits.</summary>
public sealed record PayoffResult(bool SameBits, string Message, PayoffRun? Yours, PayoffRun Library)
{
    public override string ToString() => Message;
}

public static partial class Exercises
{
    /// <summary>
    /// The payoff: your Train and Predict learn the digits from the walkthrough's starting weights
    /// (seed 42), beside the library's <see cref="Training.Train"/> with the true gradient.
    /// </summary>
    public static PayoffResult Payoff(Action<double[][][], double[][], double[][], int> yourTrain, Func<double[][][], double[], int> yourPredict, int epochs = 10000)
    {
        double[][][] library = Initialization.Walkthrough(42);
        Training.Train(library, Digits.Inputs(), Digits.Targets(), epochs, new TrainingOptions { Backprop = BackpropKind.TrueGradient });
        PayoffRun libraryRun = Judge(library, Network.Predict);
        string Row(string what, Func<PayoffRun, string> show, PayoffRun? yours) => $"{what,-26}{(yours is null ? "-" : show(yours)),-12}{show(libraryRun)}";
        string Table(PayoffRun? yours) => string.Join(Environment.NewLine,
            $"{"",-26}{"yours",-12}library",
            Row($"loss after {epochs} epochs", run => $"{run.Loss:F6}", yours),
            Row("training digits right", run => $"{run.TrainingDigitsRight} of 10", yours),
            Row("the three test digits", run => string.Join(", ", run.TestPredictions), yours));
        PayoffResult NotYet(string why, PayoffRun? yours = null) =>
            new(false, $"✗ Payoff, not yet: {why}{Environment.NewLine}{Table(yours)}", yours, libraryRun);

        double[][][] network = Initialization.Walkthrough(42);
        try { yourTrain(network, Digits.Inputs(), Digits.Targets(), epochs); }
        catch (Exception e) { return NotYet(e is NotImplementedException ? "your Train, or a function it calls, still throws NotImplementedException." : $"your Train threw {e.GetType().Name} (\"{e.Message}\")."); }
        PayoffRun yours;
        try
        {
            NetworkCheck.Shape(network);
            yours = Judge(network, yourPredict);
        }
        catch (Exception e) { return NotYet(e is NotImplementedException ? "your Predict, or a function it calls, still throws NotImplementedException." : $"judging your trained network failed: {e.GetType().Name} (\"{e.Message}\")."); }

        if (Same.Bits(network, library))
            return new(true, $"✓ Payoff: your functions trained the digit network to the library's very bits, every weight identical.{Environment.NewLine}{Table(yours)}", yours, libraryRun);
        double[][][] asWritten = Initialization.Walkthrough(42);
        Training.Train(asWritten, Digits.Inputs(), Digits.Targets(), epochs);
        if (Same.Bits(network, asWritten))
            return NotYet("these are the bits of the walkthrough's order (each layer updated before the deltas below it), as in notebook 01; exercise 10 computes every delta first.", yours);
        return NotYet($"your network is not the library's: {WeightDifference(library, network)}. Do exercises 1 to 11 all pass?", yours);
    }

    static PayoffRun Judge(double[][][] network, Func<double[][][], double[], int> predict) => new(
        network,
        Loss.SumOfSquaredErrors(network, Digits.Inputs(), Digits.Targets()),
        Digits.Training.Count(d => predict(network, d.Pixels.ToArray()) == d.Label),
        Digits.Tests.Select(d => predict(network, d.Pixels.ToArray())).ToArray());
}
