namespace NeuralScratch.Tests;

public class SummationTests
{
    static readonly double[] A = [0.1, 0.2, 0.3, 1e16, -1e16, 0.7], B = [3, 1, 4, 1, 1, 9];

    [Fact]
    public void Left_to_right_adds_each_product_in_turn()
    {
        double expected = 0;
        for (int i = 0; i < A.Length; i++) expected += A[i] * B[i];
        Assert.Equal(expected, Summation.Dot(A, B));
    }

    [Fact]
    public void Pairwise_adds_the_halves_sums()
    {
        double left = (A[0] * B[0]) + (A[1] * B[1] + A[2] * B[2]);
        double right = (A[3] * B[3]) + (A[4] * B[4] + A[5] * B[5]);
        Assert.Equal(left + right, Summation.Dot(A, B, SummationOrder.Pairwise));
    }

    [Fact]
    public void Fused_multiply_add_rounds_once_per_step()
    {
        double expected = 0;
        for (int i = 0; i < A.Length; i++) expected = Math.FusedMultiplyAdd(A[i], B[i], expected);
        Assert.Equal(expected, Summation.Dot(A, B, SummationOrder.FusedMultiplyAdd));
    }

    [Fact]
    public void The_orders_can_disagree_in_the_last_bits()
    {
        var sums = Enum.GetValues<SummationOrder>().Select(order => Summation.Dot(A, B, order)).Distinct();
        Assert.True(sums.Count() > 1);
    }

    [Theory]
    [InlineData(SummationOrder.LeftToRight)]
    [InlineData(SummationOrder.Pairwise)]
    [InlineData(SummationOrder.FusedMultiplyAdd)]
    public void A_weighted_sum_is_the_dot_product_with_a_1_appended(SummationOrder order)
    {
        double[] weights = [0.5, -1.25, 0.3, 2], input = [1, 0.7, 0.1];
        Assert.Equal(Summation.Dot(weights, Network.WithBias(input), order), Summation.WeightedSum(weights, input, order));
    }

    [Fact]
    public void Mismatched_lengths_are_named()
    {
        var e = Assert.Throws<ArgumentException>(() => Summation.Dot([1, 2, 3], [1, 2]));
        Assert.Contains("3 and 2 values", e.Message);
        var w = Assert.Throws<ArgumentException>(() => Summation.WeightedSum([1, 2, 3], [1, 2, 3]));
        Assert.Contains("3 weights takes 2 inputs, got 3", w.Message);
    }
}
