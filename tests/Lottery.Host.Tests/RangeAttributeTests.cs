using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Lottery.Host.Options;

namespace Lottery.Host.Tests;

/// <summary>
/// A [Range] with integer bounds on a floating-point option converts the value to int before comparing, so a value
/// beyond int's range (1e30) threw OverflowException instead of being refused (found by fuzzing the configuration).
/// Every host option's range compares in its property's own type.
/// </summary>
public sealed class RangeAttributeTests
{
    [Fact]
    public void Every_range_on_a_floating_point_option_has_floating_point_bounds()
    {
        var mismatched = typeof(LotteryOptions).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(LotteryOptions).Namespace)
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(property => (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) is var type && (type == typeof(double) || type == typeof(float)))
            .Where(property => property.GetCustomAttribute<RangeAttribute>() is { OperandType: var operand } && operand != typeof(double))
            .Select(property => $"{property.DeclaringType!.Name}.{property.Name}")
            .ToList();
        Assert.True(mismatched.Count == 0, $"integer-bounded ranges on floating-point options: {string.Join(", ", mismatched)}");
    }
}
