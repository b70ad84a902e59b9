namespace Lottery.Host.Reports;

/// <summary>
/// A point of an accuracy-against-density chart: the line (series) it belongs to, its density and value (fractions),
/// the half-width of its error band (a standard deviation over seeds; null for a single run, which has no band) and the
/// tooltip that names it.
/// </summary>
public sealed record ChartPoint(string Series, double Density, double Value, double? Spread, string Tooltip);
