using System.Reflection;

namespace Lottery.Torch.Optim;

/// <summary>
/// Converts an options record to named numbers and back, the form optimizer state keeps group settings in
/// (safetensors metadata holds only strings). It reads the record's primary constructor, so a new options
/// record needs no writer of its own. Booleans are 0 or 1.
/// </summary>
internal static class Hyperparameters
{
    public static IReadOnlyDictionary<string, double> Of(OptimizerOptions options)
    {
        var type = options.GetType();
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var parameter in PrimaryConstructor(type).GetParameters())
        {
            var property = type.GetProperty(parameter.Name!)
                ?? throw new NotSupportedException($"{type.Name} has no property for its constructor parameter '{parameter.Name}'");
            result[parameter.Name!] = ToNumber(property.GetValue(options), type, parameter.Name!);
        }
        return result;
    }

    /// <summary>A validated record of the given type built from numbers; a missing or unknown name is an error naming it.</summary>
    public static OptimizerOptions Create(Type type, IReadOnlyDictionary<string, double> values)
    {
        var parameters = PrimaryConstructor(type).GetParameters();
        var unknown = values.Keys.Except(parameters.Select(p => p.Name!), StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"{type.Name} has no hyperparameter {string.Join(", ", unknown.Select(n => $"'{n}'"))}");
        }
        var arguments = parameters.Select(p => values.TryGetValue(p.Name!, out var value)
            ? FromNumber(value, p.ParameterType, type, p.Name!)
            : throw new ArgumentException($"the saved {type.Name} hyperparameters lack '{p.Name}'")).ToArray();
        // Unwrapped, so a value the record rejects surfaces as the record's own ArgumentException.
        var options = (OptimizerOptions)PrimaryConstructor(type).Invoke(BindingFlags.DoNotWrapExceptions, null, arguments, null);
        options.Validate();
        return options;
    }

    private static ConstructorInfo PrimaryConstructor(Type type)
    {
        var constructors = type.GetConstructors();
        return constructors.Length == 1
            ? constructors[0]
            : throw new NotSupportedException($"{type.Name} needs exactly one public constructor (its hyperparameters)");
    }

    private static double ToNumber(object? value, Type owner, string name) => value switch
    {
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        bool b => b ? 1 : 0,
        _ => throw new NotSupportedException($"{owner.Name}.{name} is not a number or a boolean"),
    };

    private static object FromNumber(double value, Type type, Type owner, string name)
    {
        if (type == typeof(double)) return value;
        if (type == typeof(float)) return (float)value;
        if (type == typeof(bool)) return value != 0;
        if (value != Math.Floor(value)) throw new ArgumentException($"{owner.Name}.{name} must be a whole number, not {value}");
        if (type == typeof(int)) return checked((int)value);
        if (type == typeof(long)) return checked((long)value);
        throw new NotSupportedException($"{owner.Name}.{name} is not a number or a boolean");
    }
}
