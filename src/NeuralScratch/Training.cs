namespace NeuralScratch;

/// <summary>Which backpropagation a training run uses.</summary>
public enum BackpropKind
{
    /// <summary>The walkthrough's code, update order and all (one hidden layer).</summary>
    AsWritten,
    /// <summary>True gradient descent, any number of layers.</summary>
    TrueGradient,
}

/// <summary>How to train. The defaults are the walkthrough's.</summary>
public sealed record TrainingOptions
{
    public BackpropKind Backprop { get; init; } = BackpropKind.AsWritten;
    public double LearningRate { get; init; } = 1;
    /// <summary>Called after each epoch with the epoch number (1-based) and the loss then.</summary>
    public Action<int, double>? AfterEpoch { get; init; }
    public CancellationToken Cancellation { get; init; }
}

/// <summary>
/// The loss of a training run: <c>Losses[e]</c> is the sum of squared errors over every sample
/// after <c>e</c> epochs, so <c>Losses[0]</c> is the loss before training.
/// </summary>
public sealed record TrainingResult(double[] Losses)
{
    public double FinalLoss => Losses[^1];
    public int Epochs => Losses.Length - 1;
}

public static class Training
{
    /// <summary>
    /// The walkthrough's <c>train</c>: for each epoch, one backpropagation step per sample, in
    /// order. Changes the network in place, as the walkthrough does.
    /// </summary>
    [MethodImpl(AggressiveOptimization)]
    public static TrainingResult Train(double[][][] network, double[][] inputs, double[][] targets, int epochs, TrainingOptions? options = null)
    {
        options ??= new TrainingOptions();
        Check(network, inputs, targets, epochs, options);
        Action<double[][][], double[], double[]> step = StepFor(options);

        var losses = new double[epochs + 1];
        losses[0] = Loss.Total(network, inputs, targets);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            options.Cancellation.ThrowIfCancellationRequested();
            for (int i = 0; i < inputs.Length; i++) step(network, inputs[i], targets[i]);
            losses[epoch] = Loss.Total(network, inputs, targets);
            if (double.IsNaN(losses[epoch]))
                throw new ArithmeticException($"training diverged at epoch {epoch}: the loss is NaN; try a smaller learning rate than {options.LearningRate}");
            options.AfterEpoch?.Invoke(epoch, losses[epoch]);
        }
        return new TrainingResult(losses);
    }

    static Action<double[][][], double[], double[]> StepFor(TrainingOptions options) => options.Backprop switch
    {
        BackpropKind.AsWritten => (net, x, t) => Backpropagation.AsWritten(net, x, t, options.LearningRate),
        _ => (net, x, t) => Backpropagation.TrueGradient(net, x, t, options.LearningRate),
    };

    static void Check(double[][][] network, double[][] inputs, double[][] targets, int epochs, TrainingOptions options)
    {
        NetworkCheck.Shape(network);
        NetworkCheck.FiniteWeights(network);
        NetworkCheck.Samples(network, inputs, targets);
        NetworkCheck.Epochs(epochs);
        NetworkCheck.LearningRate(options.LearningRate);
        NetworkCheck.Backprop(options.Backprop);
        if (options.Backprop == BackpropKind.AsWritten)
            NetworkCheck.OneHiddenLayer(network, "the walkthrough's backpropagate", "BackpropKind.TrueGradient");
    }
}
