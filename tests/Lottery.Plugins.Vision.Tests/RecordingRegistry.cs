using Lottery.Contracts.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Lottery.Plugins.Tests;

/// <summary>
/// An IStrategyRegistry that records what a plugin registers, (contract, name, strategy, options), and checks
/// that each strategy can be built as the host builds it: through DI, given its default options.
/// </summary>
public sealed class RecordingRegistry : IStrategyRegistry
{
    public List<(Type Contract, string Name, Type Strategy, Type Options)> Registered { get; } = new();

    public IServiceCollection Services { get; } = new ServiceCollection();

    public IStrategyRegistry Add<TContract, TStrategy, TOptions>(string name, string description)
        where TContract : class
        where TStrategy : class, TContract
        where TOptions : class, new()
    {
        Assert.False(string.IsNullOrWhiteSpace(description));
        // As the host: the options reach the strategy only if one of its constructors asks for them.
        var wantsOptions = typeof(TStrategy).GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(TOptions)));
        Assert.IsType<TStrategy>(wantsOptions
            ? ActivatorUtilities.CreateInstance(new NoServices(), typeof(TStrategy), new TOptions())
            : ActivatorUtilities.CreateInstance(new NoServices(), typeof(TStrategy)));
        Registered.Add((typeof(TContract), name, typeof(TStrategy), typeof(TOptions)));
        return this;
    }

    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
