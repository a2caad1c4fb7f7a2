namespace NeuralScratch.Fast;

/// <summary>
/// Step 2 of "Making it fast": the walkthrough's <c>backpropagate</c> (as written, output layer
/// first) on the same jagged arrays, but its working arrays are allocated once per run and its
/// arguments checked once per run, not once per sample. Same arithmetic, same bits.
/// </summary>
public static class NoAllocationTrainer
{
    public static void Train(double[][][] network, double[][] inputs, double[][] targets, int epochs, double learningRate = 1)
    {
        NetworkCheck.Shape(network);
        NetworkCheck.FiniteWeights(network);
        NetworkCheck.Samples(network, inputs, targets);
        NetworkCheck.OneHiddenLayer(network, "the walkthrough's backpropagate", "Training.Train with BackpropKind.TrueGradient");
        NetworkCheck.Epochs(epochs);
        NetworkCheck.LearningRate(learningRate);

        var work = new WorkingArrays(network[0].Length, network[1].Length);
        for (int epoch = 0; epoch < epochs; epoch++)
            for (int i = 0; i < inputs.Length; i++)
                Step(network, inputs[i], targets[i], learningRate, work);
    }

    /// <summary>Everything one step writes, made once and reused by every step.</summary>
    sealed record WorkingArrays(double[] Hidden, double[] Outputs, double[] HiddenDeltas, double[] OutputDeltas)
    {
        public WorkingArrays(int hidden, int outputs) : this(new double[hidden], new double[outputs], new double[hidden], new double[outputs]) { }
    }

    static void Step(double[][][] network, double[] input, double[] target, double learningRate, WorkingArrays work)
    {
        double[][] hiddenLayer = network[0], outputLayer = network[1];
        double[] hidden = work.Hidden, outputs = work.Outputs;

        for (int n = 0; n < hidden.Length; n++) hidden[n] = Activation.Sigmoid(WeightedSum(hiddenLayer[n], input));
        for (int k = 0; k < outputs.Length; k++) outputs[k] = Activation.Sigmoid(WeightedSum(outputLayer[k], hidden));

        for (int k = 0; k < outputs.Length; k++)
            work.OutputDeltas[k] = outputs[k] * (1 - outputs[k]) * (outputs[k] - target[k]);

        Backpropagation.UpdateLayer(outputLayer, work.OutputDeltas, hidden, learningRate);

        // Walk the column of (already updated) output weights in place instead of copying it out.
        for (int i = 0; i < hidden.Length; i++)
        {
            double sum = 0;
            for (int k = 0; k < outputLayer.Length; k++) sum += work.OutputDeltas[k] * outputLayer[k][i];
            work.HiddenDeltas[i] = hidden[i] * (1 - hidden[i]) * sum;
        }

        Backpropagation.UpdateLayer(hiddenLayer, work.HiddenDeltas, input, learningRate);
    }

    /// <summary>
    /// The neuron's sum w·(x, 1) without copying x to append the 1: the inputs times their weights, left
    /// to right, then the bias (bias · 1 is the bias exactly), the same sum as <see cref="Network.Dot"/> of (x, 1).
    /// </summary>
    static double WeightedSum(double[] weights, double[] input)
    {
        double sum = 0;
        for (int j = 0; j < input.Length; j++) sum += weights[j] * input[j];
        return sum + weights[input.Length];
    }
}
