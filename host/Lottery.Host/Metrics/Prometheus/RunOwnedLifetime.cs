using Microsoft.Extensions.Hosting;

namespace Lottery.Host.Metrics.Prometheus;

/// <summary>
/// The endpoint's web host lifetime: none of its own. The default console lifetime would take over SIGINT and
/// SIGTERM to stop only the web host; the run owns its signals (StopSignal) and stops the endpoint itself.
/// </summary>
internal sealed class RunOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
