using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Configuration;

/// <summary>
/// Binds a configuration section to an options object, checked first by <see cref="SectionChecks"/> (unknown keys,
/// values that do not convert), turning the binder's own failures and DataAnnotations violations into
/// <see cref="ConfigurationError"/>s that name the full key, the value and what is allowed.
/// </summary>
public static class SectionBinder
{
    public static T Bind<T>(IConfiguration configuration, string sectionPath) where T : class, new() =>
        (T)Bind(typeof(T), configuration, sectionPath);

    public static object Bind(Type optionsType, IConfiguration configuration, string sectionPath)
    {
        var options = Activator.CreateInstance(optionsType)
            ?? throw new InvalidOperationException($"{optionsType.FullName} has no parameterless constructor");
        var section = configuration.GetSection(sectionPath);
        SectionChecks.Check(section, optionsType);
        try
        {
            section.Bind(options, o => o.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException e)
        {
            throw new ConfigurationError(Describe(e, section, optionsType), e);
        }
        Validate(options, configuration, sectionPath);
        return options;
    }

    private static void Validate(object options, IConfiguration configuration, string sectionPath)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)) return;
        var messages = results.Select(r =>
        {
            var member = r.MemberNames.FirstOrDefault();
            var key = member == null ? sectionPath : $"{sectionPath}:{member}";
            var value = member == null ? null : options.GetType().GetProperty(member)?.GetValue(options);
            return $"{key} = {Format(value)} is invalid: {r.ErrorMessage}";
        });
        throw new ConfigurationError(string.Join(Environment.NewLine, messages));
    }

    // What SectionChecks does not foresee: the binder's failures name the value, the key and the target type; for
    // nested objects (list items) the key it did not know is in the inner exception.
    private static string Describe(InvalidOperationException e, IConfigurationSection section, Type optionsType)
    {
        var message = e.InnerException is InvalidOperationException inner ? $"{e.Message} {inner.Message}" : e.Message;
        return message.Contains(section.Path, StringComparison.Ordinal) ? message : $"{section.Path}: {message}";
    }

    internal static string Format(object? value) => value switch
    {
        null => "(empty)",
        string s => $"'{s}'",
        System.Collections.IEnumerable list => $"[{string.Join(", ", list.Cast<object?>().Select(Format))}]",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
