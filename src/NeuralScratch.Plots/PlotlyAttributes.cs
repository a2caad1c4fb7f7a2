using Plotly.NET;

namespace NeuralScratch.Plots;

/// <summary>
/// Plotly.NET.CSharp covers the common settings. The few others are set here by their
/// plotly.js attribute names (https://plotly.com/javascript/reference/), which is what every
/// setting becomes in the chart's JSON anyway.
/// </summary>
static class PlotlyAttributes
{
    /// <summary>Sets a plotly.js attribute on every trace of the chart.</summary>
    public static GenericChart WithTraceAttribute(this GenericChart chart, string name, object value)
    {
        foreach (Trace trace in GenericChart.getTraces(chart)) trace.SetProperty(name, value);
        return chart;
    }

    /// <summary>Sets a plotly.js attribute on the chart's layout.</summary>
    public static GenericChart WithLayoutAttribute(this GenericChart chart, string name, object value)
    {
        GenericChart.getLayout(chart).SetProperty(name, value);
        return chart;
    }

    /// <summary>Sets an attribute of one axis ("xaxis", "yaxis3", ...), keeping what Plotly.NET already set on it.</summary>
    public static GenericChart WithAxisAttribute(this GenericChart chart, string axis, string name, object value)
    {
        Layout layout = GenericChart.getLayout(chart);
        var existing = layout.TryGetPropertyValue(axis);
        var axisObject = existing is not null && existing.Value is DynamicObj.DynamicObj found ? found : new DynamicObj.DynamicObj();
        axisObject.SetProperty(name, value);
        layout.SetProperty(axis, axisObject);
        return chart;
    }

    /// <summary>The plotly.js name of subplot n's axis: "xaxis", then "xaxis2", "xaxis3", ...</summary>
    public static string AxisName(char xOrY, int subplot) => subplot == 1 ? $"{xOrY}axis" : $"{xOrY}axis{subplot}";

    /// <summary>How a trace refers to subplot n's axis: "x", then "x2", "x3", ...</summary>
    public static string AxisReference(char xOrY, int subplot) => subplot == 1 ? $"{xOrY}" : $"{xOrY}{subplot}";
}
