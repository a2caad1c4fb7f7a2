namespace NeuralScratch.Fast;

/// <summary>
/// A layer's forward pass and weight update over a transposed flat layer, one number at a time.
/// Every sum is added in the walkthrough's order, so the results are the jagged code's, bit for bit.
/// </summary>
static class ScalarKernels
{
    /// <summary>outputs[n] = sigmoid(Σ_j w_jn·x_j + bias_n), the sum added input by input, bias last.</summary>
    public static void ForwardLayer(double[] weights, int stride, ReadOnlySpan<double> input, Span<double> outputs)
    {
        int biasRow = input.Length * stride;
        for (int n = 0; n < outputs.Length; n++)
        {
            double sum = 0;
            for (int j = 0; j < input.Length; j++) sum += weights[j * stride + n] * input[j];
            sum += weights[biasRow + n]; // bias · 1
            outputs[n] = Activation.Sigmoid(sum);
        }
    }

    /// <summary>w_jn −= (rate · δ_n) · x_j for every weight; the bias's input is 1.</summary>
    public static void UpdateLayer(double[] weights, int stride, ReadOnlySpan<double> deltas, ReadOnlySpan<double> input, double learningRate)
    {
        int biasRow = input.Length * stride;
        for (int n = 0; n < stride; n++)
        {
            double step = learningRate * deltas[n];
            for (int j = 0; j < input.Length; j++) weights[j * stride + n] -= step * input[j];
            weights[biasRow + n] -= step;
        }
    }
}
