using Lottery.Bench.Worker;

namespace Lottery.Bench.Tests;

public sealed class RequestTests
{
    [Fact]
    public void A_request_line_is_a_kind_and_its_parameters()
    {
        var request = Request.Parse("train model=resnet20 batch=128 warmup=2 runs=5");

        Assert.Equal("train", request.Kind);
        Assert.Equal("resnet20", request.Text("model"));
        Assert.Equal(128, request.Integer("batch"));
        Assert.Equal("train batch=128 model=resnet20", request.SetupKey("runs", "warmup"));
    }

    [Fact]
    public void A_missing_or_malformed_parameter_is_named()
    {
        Assert.Contains("'batch'", Assert.Throws<FormatException>(() => Request.Parse("train model=lenet").Integer("batch")).Message);
        Assert.Contains("'model'", Assert.Throws<FormatException>(() => Request.Parse("train model")).Message);
    }
}
