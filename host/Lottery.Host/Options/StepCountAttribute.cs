using System.ComponentModel.DataAnnotations;
using Lottery.Host.Stages;
using Lottery.Host.Training;

namespace Lottery.Host.Options;

/// <summary>The value must be a training duration such as 160ep, 1000it or 2ep100it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class StepCountAttribute() : ValidationAttribute("expected a duration such as 160ep, 1000it or 2ep100it")
{
    public override bool IsValid(object? value) => value switch
    {
        string s => StepCount.TryParse(s),
        IEnumerable<string> list => list.All(StepCount.TryParse),
        _ => false,
    };
}
