namespace NeuralScratch.Tests;

public class PythonRandomTests
{
    [Fact]
    public void Seed_42_gives_pythons_first_randoms_and_raw_outputs()
    {
        var seed42 = Reference.Root.GetProperty("random_seed_42");
        var random = new PythonRandom(42);
        Assert.Equal(Reference.Doubles(seed42.GetProperty("random")), Enumerable.Range(0, 10).Select(_ => random.NextDouble()));

        var raw = new PythonRandom(42);
        var expectedRaw = seed42.GetProperty("getrandbits_32").EnumerateArray().Select(e => e.GetUInt32());
        Assert.Equal(expectedRaw, Enumerable.Range(0, 10).Select(_ => raw.NextUInt32()));
    }

    [Fact]
    public void Other_seeds_including_one_above_32_bits_match_python()
    {
        foreach (var seed in Reference.Root.GetProperty("random_other_seeds_first_5").EnumerateObject())
        {
            var random = new PythonRandom(ulong.Parse(seed.Name));
            Assert.Equal(Reference.Doubles(seed.Value), Enumerable.Range(0, 5).Select(_ => random.NextDouble()));
        }
    }

    [Fact]
    public void A_negative_seed_is_seeded_by_its_absolute_value_as_python_does()
    {
        var negative = new PythonRandom(-42L);
        var positive = new PythonRandom(42L);
        Assert.Equal(positive.NextDouble(), negative.NextDouble());
    }
}
