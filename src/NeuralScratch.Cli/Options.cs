using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace NeuralScratch.Cli;

/// <summary>
/// The kinds of option the commands take, each with its default, its range and its own one-line error
/// naming the option, the value given and what was expected. <c>--name value</c> and <c>--name=value</c> both work.
/// </summary>
public static class Options
{
    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Option<int> WholeNumber(string name, int fallback, int min, int max, string description) => new(name)
    {
        Description = $"{description} ({min} to {max})",
        HelpName = "N",
        DefaultValueFactory = _ => fallback,
        CustomParser = result => ParseWholeNumber(result, name, min, max),
    };

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, given without a name, e.g. <c>phases 30</c>.</summary>
    public static Argument<int> WholeNumberArgument(string name, int fallback, int min, int max, string description) => new(name)
    {
        Description = $"{description} ({min} to {max})",
        DefaultValueFactory = _ => fallback,
        CustomParser = result => ParseWholeNumber(result, name, min, max),
        Arity = ArgumentArity.ZeroOrOne,
    };

    static int ParseWholeNumber(ArgumentResult result, string name, int min, int max)
    {
        string text = result.Tokens[0].Value;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
            result.AddError($"{name} '{text}' is not a whole number; expected {min} to {max}");
        else if (value < min || value > max)
            result.AddError($"{name} {value} is out of range; expected {min} to {max}");
        return value;
    }

    /// <summary>A finite number above zero.</summary>
    public static Option<double> Positive(string name, double fallback, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
        DefaultValueFactory = _ => fallback,
        CustomParser = result =>
        {
            string text = result.Tokens[0].Value;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value) || value <= 0)
                result.AddError($"{name} '{text}' is not a number above 0; expected e.g. {name} {fallback.ToString(CultureInfo.InvariantCulture)}");
            return value;
        },
    };

    /// <summary>One of the given words.</summary>
    public static Option<string> Choice(string name, string fallback, string[] choices, string description) => new(name)
    {
        Description = description,
        HelpName = string.Join("|", choices),
        DefaultValueFactory = _ => fallback,
        CustomParser = result =>
        {
            string text = result.Tokens[0].Value;
            if (!choices.Contains(text))
                result.AddError($"{name} '{text}' is not known; expected {string.Join(" or ", choices)}");
            return text;
        },
    };

    /// <summary>A file, a folder or a word, as given; <paramref name="fallback"/> when the option is not given.</summary>
    public static Option<string> Text(string name, string helpName, string description, string? fallback = null)
    {
        var option = new Option<string>(name) { Description = description, HelpName = helpName };
        if (fallback is not null) option.DefaultValueFactory = _ => fallback;
        return option;
    }

    /// <summary>An option that stands alone, e.g. <c>--in-place</c>.</summary>
    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    /// <summary>Refuses two options given together.</summary>
    public static void Exclusive(Command command, Option first, Option[] others, string message) =>
        command.Validators.Add(result =>
        {
            if (Given(result, first) && others.Any(other => Given(result, other)))
                result.AddError(message);
        });

    /// <summary>Refuses a command line without <paramref name="option"/>, saying what to give.</summary>
    public static void Required(Command command, Option option, string message) =>
        command.Validators.Add(result =>
        {
            if (!Given(result, option)) result.AddError(message);
        });

    // An option with a default has a result even when not given: "implicit".
    static bool Given(CommandResult result, Option option) => result.GetResult(option) is { Implicit: false };
}
