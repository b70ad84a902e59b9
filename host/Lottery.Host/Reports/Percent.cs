using System.Globalization;
using Lottery.Host.Runs;

namespace Lottery.Host.Reports;

/// <summary>How the reports and the console show an accuracy: a percentage with two decimals, or "n/a" where there is none (no validation split).</summary>
public static class Percent
{
    public const string None = "n/a";

    public static string Of(double? fraction) => fraction is { } value ? (value * 100).ToString("F2", CultureInfo.InvariantCulture) + "%" : None;
}
