using System.Collections;
using System.ComponentModel;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Configuration;

/// <summary>
/// Checks a configuration section against the options type it binds to, before binding, for what the binder would
/// silently ignore or report in .NET's terms: a key the type does not have, a list given one value, and a value that
/// does not convert. Nested objects and list items are checked the same way. Each is a
/// <see cref="ConfigurationError"/> naming the full key, the value and what is expected.
/// </summary>
public static class SectionChecks
{
    public static void Check(IConfigurationSection section, Type optionsType)
    {
        var properties = optionsType.GetProperties().Where(p => p.CanWrite).ToList();
        foreach (var child in section.GetChildren())
        {
            var property = properties.FirstOrDefault(p => p.Name.Equals(child.Key, StringComparison.OrdinalIgnoreCase))
                ?? throw new ConfigurationError(properties.Count == 0
                    ? $"{child.Path} is not a known key: {section.Path} takes no settings"
                    : $"{child.Path} is not a known key: {section.Path} has {string.Join(", ", properties.Select(p => p.Name))}");
            CheckValue(child, property.PropertyType);
        }
    }

    private static void CheckValue(IConfigurationSection section, Type type)
    {
        if (ItemType(type) is { } item)
        {
            // The binder ignores a value given to a list as a whole ("--Lottery:Pools:Methods=swa", or an empty one).
            if (section.Value != null)
            {
                throw new ConfigurationError(
                    $"{section.Path} = {SectionBinder.Format(section.Value)} is invalid: expected a list, given item by item ({section.Path}:0=..., {section.Path}:1=...) " +
                    "or as a JSON array; leave it unset for its default");
            }
            foreach (var element in section.GetChildren()) CheckValue(element, item);
        }
        else if (IsScalar(type))
        {
            if (section.Value != null && !Converts(section.Value, type))
            {
                throw new ConfigurationError($"{section.Path} = {SectionBinder.Format(section.Value)} is invalid: expected {Describe(type)}");
            }
        }
        else
        {
            Check(section, type);
        }
    }

    private static Type? ItemType(Type type) =>
        type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) ? null : type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();

    private static bool IsScalar(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal) || underlying == typeof(TimeSpan);
    }

    // An empty value leaves a nullable setting unset, as the binder does.
    private static bool Converts(string value, Type type)
    {
        if (value.Length == 0 && (Nullable.GetUnderlyingType(type) != null || type == typeof(string))) return true;
        try
        {
            TypeDescriptor.GetConverter(Nullable.GetUnderlyingType(type) ?? type).ConvertFromInvariantString(value);
            return true;
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException or OverflowException || e.InnerException is FormatException or OverflowException)
        {
            return false;
        }
    }

    private static string Describe(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(int) || underlying == typeof(long) => "a whole number",
            _ when underlying == typeof(double) || underlying == typeof(float) || underlying == typeof(decimal) => "a number",
            _ when underlying == typeof(bool) => "true or false",
            _ when underlying.IsEnum => $"one of {string.Join(", ", Enum.GetNames(underlying))}",
            _ => $"a value of type {underlying.Name}",
        };
    }
}
