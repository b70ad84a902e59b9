using System.ComponentModel.DataAnnotations;

namespace Lottery.Host.Options;

/// <summary>The value must be one of a fixed set of names (compared ignoring case).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OneOfAttribute(params string[] allowed) : ValidationAttribute($"expected one of {string.Join(", ", allowed)}")
{
    public IReadOnlyList<string> Allowed { get; } = allowed;

    public override bool IsValid(object? value) =>
        value is string s && Allowed.Contains(s, StringComparer.OrdinalIgnoreCase);
}
