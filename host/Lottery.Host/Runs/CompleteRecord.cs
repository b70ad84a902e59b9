using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lottery.Host.Runs;

/// <summary>
/// Checks that a record read from JSON holds every value its type promises. System.Text.Json leaves a property that
/// is missing or null in the file null even where the type says it cannot be, and code that trusts the type then
/// fails far from the file with a NullReferenceException; a record lacking one is refused here instead, with an
/// <see cref="InvalidDataException"/> naming the file and the property.
/// </summary>
public static class CompleteRecord
{
    /// <summary>record itself when complete; path names the file it was read from, for the message.</summary>
    public static T Require<T>(T record, string path) where T : class
    {
        // NullabilityInfoContext caches per instance and is not thread-safe: one per check.
        Check(record, "", path, new NullabilityInfoContext());
        return record;
    }

    private static void Check(object value, string where, string path, NullabilityInfoContext nullability)
    {
        // JSON kept as JSON (settings, digests) is compared as a whole by its reader, not walked.
        if (value is JsonNode) return;
        if (value is IEnumerable items and not string)
        {
            var index = 0;
            foreach (var item in items)
            {
                var at = $"{where}[{index++}]";
                if (item is null) throw Missing(path, at);
                Check(item, at, path, nullability);
            }
            return;
        }
        if (value.GetType().Namespace?.StartsWith("Lottery.", StringComparison.Ordinal) != true) return;
        // Settable properties are the record's data; the others are computed from them.
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.SetMethod != null && p.GetIndexParameters().Length == 0))
        {
            var at = where.Length == 0 ? Name(property) : $"{where}.{Name(property)}";
            var propertyValue = property.GetValue(value);
            if (propertyValue is null)
            {
                if (nullability.Create(property).ReadState == NullabilityState.NotNull) throw Missing(path, at);
                continue;
            }
            Check(propertyValue, at, path, nullability);
        }
    }

    private static string Name(PropertyInfo property) => JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static InvalidDataException Missing(string path, string where) => new($"{path} is corrupt: it has no value for '{where}'");
}
