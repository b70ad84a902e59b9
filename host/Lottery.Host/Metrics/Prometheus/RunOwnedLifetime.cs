using Microsoft.Extensions.Hosting;

namespace Lottery.Host.Metrics.Prometheus;

/// <summary>
/// The endpoint's web host lifetime: none of its own. The console lifetime that every WebApplication gets would take
/// over SIGINT and SIGTERM to stop only the web host, and would swallow the second signal that StopSignal leaves to
/// terminate the process; the run owns its signals and stops the endpoint itself.
/// </summary>
internal sealed class RunOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
