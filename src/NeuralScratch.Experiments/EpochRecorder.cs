namespace NeuralScratch.Experiments;

/// <summary>
/// Keeps what <c>record(network)</c> gives before training and after the chosen epochs, while a
/// training run changes the network in place. <see cref="Train"/> runs <see cref="Training.Train"/> with it
/// listening; a training loop of its own calls <see cref="AfterEpoch"/> after each epoch.
/// </summary>
public sealed class EpochRecorder<T>
{
    readonly double[][][] network;
    readonly Func<double[][][], T> record;
    readonly Func<int, bool> wanted;

    /// <param name="at">Which epochs to record (0 is before training); every epoch when null.</param>
    public EpochRecorder(double[][][] network, Func<double[][][], T> record, Func<int, bool>? at = null)
    {
        (this.network, this.record, wanted) = (network, record, at ?? (_ => true));
        if (wanted(0)) Values.Add((0, record(network)));
    }

    /// <summary>What was recorded, epoch by epoch, in order.</summary>
    public List<(int Epoch, T Value)> Values { get; } = [];

    public void AfterEpoch(int epoch, double loss)
    {
        if (wanted(epoch)) Values.Add((epoch, record(network)));
    }

    /// <summary><see cref="Training.Train"/> on the recorder's network, recording first, then calling the options' own AfterEpoch.</summary>
    public TrainingResult Train(double[][] inputs, double[][] targets, int epochs, TrainingOptions? options = null)
    {
        options ??= new TrainingOptions();
        return Training.Train(network, inputs, targets, epochs, options with { AfterEpoch = (Action<int, double>)AfterEpoch + options.AfterEpoch });
    }
}
