using NeuralScratch.Fast;

namespace NeuralScratch.Cli.Tests;

public class PathCheckTests
{
    [Fact]
    public void EveryPathThatShouldGiveTheJaggedBitsDoesAndTheKitTrainsWithOne()
    {
        IReadOnlyList<PathAgreement> results = PathCheck.EveryPath();
        Assert.Equal(FastPaths.All.Count * 2, results.Count);
        Assert.All(results, r => Assert.InRange(r.DifferenceAfter100Epochs, 0, PathAgreement.Tolerance));
        Assert.All(results.Where(r => FastPaths.GivesJaggedBits(r.Path)), r =>
        {
            Assert.True(r.SameBits, $"{r.Path}, {r.Backprop}: {r.DifferingWeightsAfter10000Epochs} weights differ after 10000 epochs");
            Assert.True(r.KeepsItsPromise);
        });
        Assert.True(FastPaths.GivesJaggedBits(FastPaths.Best));
        Assert.Contains(results, r => r.Path == FastPaths.Best && r.Backprop == BackpropKind.TrueGradient && r.SameBits);
    }

    [Fact]
    public void APathThatDriftsDoesNotKeepItsPromise()
    {
        // What PathCheck reports when the bits differ: the numbers the check prints for SimdExp where its e^x is not Math.Exp's.
        var drifted = new PathAgreement(FastPath.SimdExp, BackpropKind.AsWritten, 4.4e-16, 170, 13, 1);
        Assert.False(drifted.SameBits);
        Assert.False(drifted.KeepsItsPromise);
        Assert.True(new PathAgreement(FastPath.SimdExp, BackpropKind.AsWritten, 4.4e-16, 170, 1e-9, 0).KeepsItsPromise);
    }
}
