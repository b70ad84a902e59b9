using System.Globalization;
using System.Text;

namespace Lottery.Host.Tests.Metrics;

/// <summary>One sample line of the text exposition format: name, labels (unescaped) and value.</summary>
internal sealed record ExposedSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

/// <summary>
/// Reads sample lines back, undoing the label escapes; strict enough that a malformed line fails the test
/// (the Prometheus tests check the same text against Prometheus itself).
/// </summary>
internal static class ExpositionText
{
    public static List<ExposedSample> Samples(string text) =>
        text.Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#')).Select(Parse).ToList();

    public static ExposedSample Parse(string line)
    {
        var brace = line.IndexOf('{');
        var space = line.IndexOf(' ');
        var labels = new Dictionary<string, string>();
        int end;
        if (brace >= 0 && brace < space)
        {
            end = ReadLabels(line, brace + 1, labels);
        }
        else
        {
            end = space;
        }
        var name = line[..(brace >= 0 && brace < space ? brace : space)];
        var value = line[(end + 1)..];
        return new ExposedSample(name, labels, value switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            _ => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
        });
    }

    // Returns the index of the space after the closing brace.
    private static int ReadLabels(string line, int i, Dictionary<string, string> labels)
    {
        while (line[i] != '}')
        {
            var equals = line.IndexOf('=', i);
            var key = line[i..equals];
            Assert.Equal('"', line[equals + 1]);
            var value = new StringBuilder();
            i = equals + 2;
            while (line[i] != '"')
            {
                if (line[i] == '\\')
                {
                    i++;
                    value.Append(line[i] switch { 'n' => '\n', '\\' => '\\', '"' => '"', var c => throw new FormatException($"unknown escape \\{c} in {line}") });
                }
                else
                {
                    value.Append(line[i]);
                }
                i++;
            }
            labels.Add(key, value.ToString());
            i++;
            if (line[i] == ',') i++;
        }
        Assert.Equal(' ', line[i + 1]);
        return i + 1;
    }
}
