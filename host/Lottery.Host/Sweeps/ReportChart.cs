using System.Text;

namespace Lottery.Host.Sweeps;

/// <summary>One chart of a sweep's report: the SVG and the file name it is saved under beside report.md.</summary>
public sealed record ReportChart(string File, string Svg)
{
    private const int MaxSlugLength = 120;

    /// <summary>Lower-case letters and digits of text, every other run of characters one '-': a file name that says what the chart shows.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var trimmed = slug.ToString().TrimEnd('-');
        return trimmed.Length <= MaxSlugLength ? trimmed : trimmed[..MaxSlugLength].TrimEnd('-');
    }
}
