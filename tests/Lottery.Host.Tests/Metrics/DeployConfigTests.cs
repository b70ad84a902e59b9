using System.Text.Json;

namespace Lottery.Host.Tests.Metrics;

/// <summary>deploy/: the Prometheus configuration is valid to Prometheus, and Grafana's pieces refer to each other.</summary>
public class DeployConfigTests
{
    private static string Deploy(params string[] parts) => Path.Combine([BuildOutputs.RepositoryRoot, "deploy", .. parts]);

    [Fact]
    public void Promtool_accepts_the_prometheus_configuration()
    {
        var (exitCode, output) = PrometheusTools.RunPromtool(null, "check", "config", Deploy("prometheus.yml"));
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void The_dashboard_has_a_stable_uid_and_uses_the_provisioned_datasource()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(Deploy("grafana", "dashboards", "lottery.json")));
        Assert.Equal("lottery-live", dashboard.RootElement.GetProperty("uid").GetString());
        var datasource = File.ReadAllText(Deploy("grafana", "provisioning", "datasources", "prometheus.yml"));
        Assert.Contains("uid: lottery-prometheus", datasource);
        foreach (var panel in dashboard.RootElement.GetProperty("panels").EnumerateArray())
        {
            Assert.Equal("lottery-prometheus", panel.GetProperty("datasource").GetProperty("uid").GetString());
        }
    }
}
