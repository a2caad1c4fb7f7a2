namespace NeuralScratch.Tests;

public class DigitsTests
{
    [Fact]
    public void Inputs_are_10_by_25_and_targets_10_by_10_one_hot()
    {
        double[][] inputs = Digits.Inputs(), targets = Digits.Targets();
        Assert.Equal((10, 25), (inputs.Length, inputs.Select(r => r.Length).Distinct().Single()));
        Assert.Equal((10, 10), (targets.Length, targets.Select(r => r.Length).Distinct().Single()));
        for (int j = 0; j < 10; j++)
            for (int i = 0; i < 10; i++)
                Assert.Equal(i == j ? 1 : 0, targets[j][i]);
    }

    [Fact]
    public void Each_training_digit_has_its_own_label_and_the_tests_are_3_7_8()
    {
        Assert.Equal(Enumerable.Range(0, 10), Digits.Training.Select(d => d.Label));
        Assert.Equal([3, 7, 8], Digits.Tests.Select(d => d.Label));
    }

    [Fact]
    public void A_drawing_reads_row_by_row_and_draws_back_the_same()
    {
        double[] three = Digits.Parse("#####,....#,#####,....#,#####");
        Assert.Equal(Digits.Training[3].Pixels, three);
        Assert.Equal(three, Digits.Parse(Digits.Draw(three)));
        Assert.Equal("#####\n....#\n#####\n....#\n#####", Digits.Draw(three).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Ones_and_zeros_and_new_lines_are_accepted_too()
    {
        Assert.Equal(Digits.Training[1].Pixels, Digits.Parse("00100\n00100\r\n00100\n00100\n00100\n"));
    }

    [Theory]
    [InlineData("#####,....#,#####,....#", "the digit drawing has 4 rows; expected 5 rows of 5 characters")]
    [InlineData("#####,....#,####,....#,#####", "row 3 of the digit drawing, \"####\", has 4 characters; expected 5 rows of 5 characters")]
    [InlineData("#####,....#,##x##,....#,#####", "row 3 of the digit drawing, \"##x##\", has 'x' at column 3; expected 5 rows of 5 characters, '#' for ink and '.' for blank")]
    [InlineData("   ", "the digit drawing is empty")]
    public void A_malformed_drawing_says_what_is_wrong_and_what_is_expected(string drawing, string message)
    {
        var e = Assert.Throws<FormatException>(() => Digits.Parse(drawing));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void One_hot_refuses_a_class_out_of_range()
    {
        Assert.Equal([0, 0, 1], Digits.OneHot(2, 3));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Digits.OneHot(10));
        Assert.Contains("expected a class from 0 to 9", e.Message);
    }
}
