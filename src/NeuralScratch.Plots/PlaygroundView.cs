namespace NeuralScratch.Plots;

/// <summary>
/// A playground as HTML: <see cref="Html"/> is the fragment a notebook cell shows (the notebooks'
/// loader formats it as text/html), <see cref="Page"/> the same as a whole page for a browser.
/// </summary>
public sealed record PlaygroundView(string Html)
{
    /// <summary>The playground as a self-contained page: no script or style from anywhere else.</summary>
    public string Page() =>
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>NeuralScratch playground: draw a digit</title></head>\n"
        + $"<body style=\"margin:24px\">\n{Html}\n</body></html>\n";
}
