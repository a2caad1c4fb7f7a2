namespace NeuralScratch.Experiments;

/// <summary>A hint per exercise in two levels: a nudge, then the idea; never the code itself.</summary>
public static partial class Exercises
{
    static readonly (string Nudge, string Idea)[] Hints =
    [
        ("e^−x is Math.Exp(-x). What must 1 be divided by?",
         "The sigmoid is one over one plus e^−x. Mind the brackets: the division covers the whole 1 + e^−x. Check: Sigmoid(0) is 0.5."),
        ("Two steps: a sum, then the sigmoid of it. Which sum pairs each weight with one input?",
         "Multiply weights[i] by x[i] for every i (the last pair is the bias times the input's final 1), add them up, and return Sigmoid of the total."),
        ("A neuron fires (near 1) when its weighted sum is well above 0, and is near 0 when the sum is well below 0. Write the sum for each of the four inputs.",
         "Give both inputs the same large negative weight and the bias a large positive one, so that one input alone still leaves the sum above 0 but two push it below. XOR's AND neuron in notebook 01 is a close cousin."),
        ("Each layer's outputs are the next layer's input. What must be appended to the input before each layer?",
         "Loop over the layers: append the bias's 1 to the current input, compute NeuronOutput for every neuron of the layer, add that array to your list of outputs, and make it the input of the next layer. Return the list, first layer first."),
        ("Keep the index of the best value seen so far, not the value. Where should the search start, and what happens when two values are equal?",
         "Start with index 0; go through the other indices, and move to index i only when values[i] is strictly larger than the value at the best index so far. So a tie keeps the first."),
        ("How long is the vector, and where does its single 1 go?",
         "Make a new array of classes zeros, then set the element at index label to 1 (indices start at 0)."),
        ("For each output, how far is it from its target? What makes every error count positively?",
         "Add up (outputs[i] − targets[i]) squared over every i. No ½ and no mean: the plain sum."),
        ("Each output's delta is its error times the sigmoid's slope at that output. What is the slope of the sigmoid, in terms of its output o?",
         "For each i: o·(1 − o) is the sigmoid's slope, and (o − t) is the error, output minus target. The delta is their product."),
        ("A hidden neuron is to blame for the next layer's errors in proportion to the weights joining it to each next neuron. Which weight joins hidden neuron i to next neuron k?",
         "For hidden neuron i, add up nextDeltas[k] · nextLayer[k][i] over the next layer's neurons k (weight i of neuron k), then multiply by h·(1 − h) with h = hiddenOutputs[i]. One delta per hidden output."),
        ("Three parts: run FeedForward and keep every layer's outputs; compute every layer's deltas, from the output back; only then move the weights.",
         "deltas[last] = OutputDeltas of the last outputs and the target; for each layer l from the next-to-last down to 0, deltas[l] = HiddenDeltas(outputs[l], deltas[l + 1], network[l + 1]). Then for every layer l, neuron i and weight j, subtract deltas[l][i] times input j of that layer: the previous layer's outputs (the input itself for layer 0) with the bias's 1 appended."),
        ("An epoch is one pass over every sample. What goes in the outer loop and what in the inner one?",
         "Repeat epochs times: for each sample i in order, call Backpropagate(network, inputs[i], targets[i]). Change the network you were given; return nothing."),
        ("Nudge just that one weight up by h and measure the loss, then down by h and measure again. Do not forget to put it back.",
         "Keep the weight's value, set it to value + h and take E = ½·SumOfSquaredErrors(FeedForward(...)'s last layer, target), then set it to value − h and take E again, put the value back, and divide the difference (above minus below) by 2h."),
    ];

    /// <summary>A hint for an exercise: level 1 is a nudge, level 2 the idea.</summary>
    public static string Hint(int exercise, int level = 1)
    {
        if (exercise < 1 || exercise > Hints.Length)
            return $"There is no exercise {exercise}: the exercises are numbered 1 to {Hints.Length}.";
        if (level is not (1 or 2))
            return $"Hints come in two levels: Exercises.Hint({exercise}) for a nudge, Exercises.Hint({exercise}, 2) for the idea.";
        var (nudge, idea) = Hints[exercise - 1];
        return level == 1
            ? $"Hint for {exercise}. {Names[exercise - 1]}: {nudge} (Exercises.Hint({exercise}, 2) gives the idea.)"
            : $"The idea of {exercise}. {Names[exercise - 1]}: {idea}";
    }
}
