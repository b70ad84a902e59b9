using System.Globalization;

namespace Lottery.Bench.Worker;

/// <summary>
/// One line of the worker protocol: a workload kind and its key=value parameters ("train model=lenet batch=128
/// warmup=10 runs=50"). The PyTorch and C++ workers parse the same lines.
/// </summary>
public sealed record Request(string Kind, IReadOnlyDictionary<string, string> Parameters)
{
    public static Request Parse(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0) throw new FormatException("empty request");
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words.Skip(1))
        {
            var eq = word.IndexOf('=');
            if (eq <= 0) throw new FormatException($"malformed parameter '{word}': expected key=value");
            parameters[word[..eq]] = word[(eq + 1)..];
        }
        return new Request(words[0], parameters);
    }

    public string Text(string key) =>
        Parameters.TryGetValue(key, out var value) ? value : throw new FormatException($"{Kind}: missing parameter '{key}'");

    public long Integer(string key) => long.Parse(Text(key), NumberStyles.Integer, CultureInfo.InvariantCulture);

    public double Number(string key) => double.Parse(Text(key), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The request less the given keys: what identifies a workload's setup whatever the run counts.</summary>
    public string SetupKey(params string[] without) =>
        string.Join(' ', Parameters.Where(p => !without.Contains(p.Key)).Select(p => $"{p.Key}={p.Value}").Prepend(Kind));
}
