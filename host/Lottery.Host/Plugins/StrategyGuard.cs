using System.Reflection;
using System.Runtime.ExceptionServices;
using Lottery.Contracts.Plugins;

namespace Lottery.Host.Plugins;

/// <summary>A strategy threw: the message names the strategy and its plugin; the inner exception keeps the plugin's stack.</summary>
public sealed class StrategyFailedException(StrategyDescriptor strategy, Exception inner)
    : Exception($"{strategy.Kind.DisplayName()} '{strategy.Name}' (plugin {strategy.Plugin.Name}, {strategy.Plugin.Path}) failed: {inner.GetType().Name}: {inner.Message}", inner)
{
    public StrategyDescriptor Strategy { get; } = strategy;
}

/// <summary>
/// Wraps a strategy so that whatever its plugin code throws reaches the host as a
/// <see cref="StrategyFailedException"/> naming it, so the stage fails with a clear message instead of an
/// anonymous exception from deep inside a plugin.
/// </summary>
public class StrategyGuard : DispatchProxy
{
    private object target = null!;
    private StrategyDescriptor strategy = null!;

    public static TContract Wrap<TContract>(TContract target, StrategyDescriptor strategy) where TContract : class
    {
        var proxy = Create<TContract, StrategyGuard>();
        var guard = (StrategyGuard)(object)proxy;
        guard.target = target;
        guard.strategy = strategy;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        try
        {
            return method!.Invoke(target, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            // A stop request (the run's cancellation) passes through unchanged.
            if (inner is OperationCanceledException) ExceptionDispatchInfo.Capture(inner).Throw();
            throw new StrategyFailedException(strategy, inner);
        }
    }
}
