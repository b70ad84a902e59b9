using Microsoft.Extensions.DependencyInjection;

namespace Lottery.Contracts.Plugins;

/// <summary>
/// Where a plugin registers its strategies. Each strategy has a name unique within its kind (lower-case,
/// kebab-case by convention) and an options type: a class with a parameterless constructor whose public
/// settable properties are bound from the configuration section <c>Lottery:Strategies:&lt;name&gt;</c> and
/// validated (DataAnnotations, and <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>)
/// when the host starts. The strategy is created through dependency injection; a constructor parameter of
/// the options type receives the bound options (a strategy with no such parameter is created without them).
/// </summary>
public interface IStrategyRegistry
{
    /// <summary>Services a plugin may add for its strategies' own use.</summary>
    IServiceCollection Services { get; }

    /// <summary>Registers TStrategy as the TContract strategy called name.</summary>
    IStrategyRegistry Add<TContract, TStrategy, TOptions>(string name, string description)
        where TContract : class
        where TStrategy : class, TContract
        where TOptions : class, new();
}
