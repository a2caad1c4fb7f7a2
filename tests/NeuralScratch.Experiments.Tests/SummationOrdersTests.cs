using NeuralScratch.Experiments;

namespace NeuralScratch.Experiments.Tests;

public class SummationOrdersTests
{
    static readonly double[] A = [0.1, 0.2, 0.3, 1e16, -1e16, 0.7], B = [3, 1, 4, 1, 1, 9];

    [Fact]
    public void Left_to_right_adds_each_product_in_turn()
    {
        double expected = 0;
        for (int i = 0; i < A.Length; i++) expected += A[i] * B[i];
        Assert.Equal(expected, SummationOrders.Dot(A, B, SummationOrder.LeftToRight));
        Assert.Equal(expected, Network.Dot(A, B));
    }

    [Fact]
    public void Pairwise_adds_the_halves_sums()
    {
        double left = (A[0] * B[0]) + (A[1] * B[1] + A[2] * B[2]);
        double right = (A[3] * B[3]) + (A[4] * B[4] + A[5] * B[5]);
        Assert.Equal(left + right, SummationOrders.Dot(A, B, SummationOrder.Pairwise));
    }

    [Fact]
    public void Fused_multiply_add_rounds_once_per_step()
    {
        double expected = 0;
        for (int i = 0; i < A.Length; i++) expected = Math.FusedMultiplyAdd(A[i], B[i], expected);
        Assert.Equal(expected, SummationOrders.Dot(A, B, SummationOrder.FusedMultiplyAdd));
    }

    [Fact]
    public void The_orders_can_disagree_in_the_last_bits()
    {
        var sums = Enum.GetValues<SummationOrder>().Select(order => SummationOrders.Dot(A, B, order)).Distinct();
        Assert.True(sums.Count() > 1);
    }

    [Fact]
    public void Mismatched_lengths_are_named()
    {
        var e = Assert.Throws<ArgumentException>(() => SummationOrders.Dot([1, 2, 3], [1, 2], SummationOrder.Pairwise));
        Assert.Contains("3 and 2 values", e.Message);
    }

    [Fact]
    public void Left_to_right_the_experiment_trains_as_the_library_does_bit_for_bit()
    {
        double[][][] library = Initialization.Walkthrough(42), experiment = Initialization.Walkthrough(42);
        PredictionHistory trained = PredictionHistory.Track(library, Digits.Tests, 300);
        PredictionHistory ordered = SummationOrders.Track(SummationOrder.LeftToRight, experiment, Digits.Tests, 300);
        Assert.Equal(0, Compare.DifferingBits(library, experiment));
        Assert.Equal(trained.Losses, ordered.Losses);
        Assert.Equal(trained.Predictions, ordered.Predictions);
    }

    [Fact]
    public void The_summation_order_changes_where_the_run_ends()
    {
        var finals = Enum.GetValues<SummationOrder>().Select(order =>
            SummationOrders.Track(order, Initialization.Walkthrough(42), Digits.Tests, 10000).Final);
        Assert.Equal(3, finals.Select(f => string.Join(",", f)).Distinct().Count());
    }
}
