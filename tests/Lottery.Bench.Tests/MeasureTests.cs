using System.Text.Json;
using Lottery.Bench.Driver;

namespace Lottery.Bench.Tests;

public sealed class MeasureTests
{
    [Fact]
    public void Ratios_say_how_many_times_better_ours_is_whichever_way_is_better()
    {
        Assert.Equal(2.0, Measure.Throughput.Ratio(ours: 200, other: 100));
        Assert.Equal(2.0, Measure.Duration.Ratio(ours: 0.5, other: 1.0));
        Assert.Equal(0.5, Measure.PeakRss.Ratio(ours: 400, other: 200));
        Assert.Null(Measure.Throughput.Ratio(ours: 200, other: null));
        Assert.Null(Measure.LiveTensorGrowth.Ratio(ours: 0, other: 0));
    }

    [Fact]
    public void Replies_become_values_in_the_workload_unit()
    {
        var timed = JsonDocument.Parse("""{"seconds": 2.0, "items": 256}""").RootElement;
        Assert.Equal(128, Measure.Throughput.Value(timed));
        Assert.Equal(2.0 / 256, Measure.Duration.Value(timed));
        Assert.Equal(3, Measure.PeakRss.Value(JsonDocument.Parse("""{"peakRssBytes": 3145728}""").RootElement));
        Assert.Equal(2, Measure.LiveTensorGrowth.Value(JsonDocument.Parse("""{"liveAfterFirst": 15, "liveAfterLast": 17}""").RootElement));
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(2, Statistics.Median([3, 1, 2]));
        Assert.Equal(2.5, Statistics.Median([4, 1, 2, 3]));
    }

    [Fact]
    public void A_target_checks_what_was_measured_and_leaves_out_what_was_not()
    {
        var speed = new Target(MinVsPyTorch: 1.10, MinVsCpp: 0.95);
        Assert.True(speed.IsMet(ours: 1, ratioVsPyTorch: 1.2, ratioVsCpp: 0.96));
        Assert.False(speed.IsMet(ours: 1, ratioVsPyTorch: 1.05, ratioVsCpp: 1.0));
        Assert.True(speed.IsMet(ours: 1, ratioVsPyTorch: null, ratioVsCpp: 1.0));
        Assert.Null(speed.IsMet(ours: 1, ratioVsPyTorch: null, ratioVsCpp: null));
        Assert.False(new Target(OursAtMost: 0).IsMet(ours: 3, null, null));
        Assert.Equal("vs C++ >= 0.95, ours < 0.5 s", new Target(MinVsCpp: 0.95, OursAtMost: 0.5).Describe("s"));
    }

    [Fact]
    public void A_target_against_a_peer_of_ours_names_the_peer_and_checks_its_ratio()
    {
        var sweep = new Target(MinVsPeer: 1.7);
        Assert.Equal("vs serial >= 1.70", sweep.Describe("s", "serial"));
        Assert.True(sweep.IsMet(ours: 40, null, null, ratioVsPeer: 1.9));
        Assert.False(sweep.IsMet(ours: 40, null, null, ratioVsPeer: 1.2));
        Assert.Null(sweep.IsMet(ours: 40, null, null));
    }
}
