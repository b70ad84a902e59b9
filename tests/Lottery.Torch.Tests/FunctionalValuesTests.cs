using static Lottery.Torch.Tests.TestHelpers;
using F = Lottery.Torch.torch.nn.functional;

namespace Lottery.Torch.Tests;

/// <summary>nn.functional against results computed by hand.</summary>
public class FunctionalValuesTests
{
    private static Tensor Image3x3() => tensor(new float[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 }, [1, 1, 3, 3]);

    private static Tensor Kernel2x2() => tensor(new float[] { 1, 2, 3, 4 }, [1, 1, 2, 2]);

    [Fact]
    public void Conv2d_valid_convolution_with_bias()
    {
        using var scope = NewDisposeScope();
        var output = F.conv2d(Image3x3(), Kernel2x2(), tensor(new float[] { 1 }));
        Assert.Equal(new long[] { 1, 1, 2, 2 }, output.shape);
        // 1*1+2*2+3*4+4*5 = 37 etc., plus the bias.
        Assert.Equal(new float[] { 38, 48, 68, 78 }, output.data<float>());
    }

    [Fact]
    public void Conv2d_stride_padding_and_dilation()
    {
        using var scope = NewDisposeScope();
        var strided = F.conv2d(Image3x3(), Kernel2x2(), tensor(new float[] { 1 }), stride: [2], padding: [1]);
        Assert.Equal(new float[] { 5, 19, 37, 78 }, strided.data<float>());
        var dilated = F.conv2d(Image3x3(), Kernel2x2(), dilation: [2]);
        Assert.Equal(new long[] { 1, 1, 1, 1 }, dilated.shape);
        Assert.Equal(1 * 1 + 2 * 3 + 3 * 7 + 4 * 9, dilated.item<float>());
    }

    [Fact]
    public void Conv2d_groups_convolve_channels_separately()
    {
        using var scope = NewDisposeScope();
        var input = cat([Image3x3(), Image3x3().mul(10)], 1);
        var weight = cat([Kernel2x2(), Kernel2x2()], 0);
        var output = F.conv2d(input, weight, groups: 2);
        Assert.Equal(new float[] { 37, 47, 67, 77, 370, 470, 670, 770 }, output.data<float>());
    }

    [Fact]
    public void Linear_is_x_times_weight_transposed_plus_bias()
    {
        using var scope = NewDisposeScope();
        var x = tensor(new float[] { 1, 2 }, [1, 2]);
        var w = tensor(new float[] { 1, 0, 0, 1, 1, 1 }, [3, 2]);
        var b = tensor(new float[] { 0, 1, 2 });
        Assert.Equal(new float[] { 1, 3, 5 }, F.linear(x, w, b).data<float>());
    }

    [Fact]
    public void Batch_norm_training_normalises_and_updates_running_statistics()
    {
        using var scope = NewDisposeScope();
        var x = tensor(new double[] { 1, 2, 3, 4 }, [4, 1]);
        var runningMean = zeros([1], float64);
        var runningVar = ones([1], float64);
        var y = F.batch_norm(x, runningMean, runningVar, tensor(new double[] { 2 }), tensor(new double[] { 0.5 }), training: true, momentum: 0.1, eps: 1e-5);
        // Batch mean 2.5, biased variance 1.25; y = 2 * (x - 2.5) / sqrt(1.25 + 1e-5) + 0.5.
        var expected = new[] { 1.0, 2, 3, 4 }.Select(v => 2 * (v - 2.5) / Math.Sqrt(1.25 + 1e-5) + 0.5).ToArray();
        AssertClose(expected, y.data<double>(), 1e-9);
        // Running mean 0.9 * 0 + 0.1 * 2.5; running variance 0.9 * 1 + 0.1 * 5/3 (unbiased).
        AssertClose(new[] { 0.25 }, runningMean.data<double>(), 1e-12);
        AssertClose(new[] { 0.9 + 0.1 * 5.0 / 3 }, runningVar.data<double>(), 1e-12);
    }

    [Fact]
    public void Batch_norm_eval_uses_running_statistics()
    {
        using var scope = NewDisposeScope();
        var x = tensor(new double[] { 1, 2, 3, 4 }, [4, 1]);
        var y = F.batch_norm(x, tensor(new double[] { 1 }), tensor(new double[] { 4 }), training: false, eps: 0);
        AssertClose(new[] { 0, 0.5, 1, 1.5 }, y.data<double>(), 1e-12);
    }

    [Fact]
    public void Cross_entropy_with_and_without_label_smoothing()
    {
        using var scope = NewDisposeScope();
        // Probabilities (1/4, 3/4): the loss of class 0 is ln 4.
        var logits = tensor(new double[] { 0, Math.Log(3) }, [1, 2]);
        var target = tensor(new long[] { 0 });
        Assert.Equal(Math.Log(4), F.cross_entropy(logits, target).item<double>(), 12);
        // Smoothing 0.1 over 2 classes: 0.9 * ln 4 + 0.1 * mean(ln 4, ln 4/3).
        var expected = 0.9 * Math.Log(4) + 0.1 * 0.5 * (Math.Log(4) + Math.Log(4.0 / 3));
        Assert.Equal(expected, F.cross_entropy(logits, target, label_smoothing: 0.1).item<double>(), 12);
        var summed = F.cross_entropy(cat([logits, logits]), tensor(new long[] { 0, 1 }), reduction: Reduction.Sum);
        Assert.Equal(Math.Log(4) + Math.Log(4.0 / 3), summed.item<double>(), 12);
    }

    [Fact]
    public void Nll_loss_of_log_softmax_equals_cross_entropy()
    {
        using var scope = NewDisposeScope();
        var logits = tensor(new double[] { 0.5, -1, 2, 0, 0, 3 }, [2, 3]);
        var target = tensor(new long[] { 2, 0 });
        var viaNll = F.nll_loss(F.log_softmax(logits, 1), target).item<double>();
        Assert.Equal(F.cross_entropy(logits, target).item<double>(), viaNll, 12);
        var softmax = F.softmax(logits, 1).sum(1).data<double>();
        AssertClose(new[] { 1.0, 1.0 }, softmax, 1e-12);
    }

    [Fact]
    public void Topk_and_kthvalue_select_by_rank()
    {
        using var scope = NewDisposeScope();
        var x = tensor(new float[] { 3, 1, 4, 1, 5, 9, 2, 6 });
        var (values, indexes) = x.topk(3);
        Assert.Equal(new float[] { 9, 6, 5 }, values.data<float>());
        Assert.Equal(new long[] { 5, 7, 4 }, indexes.data<long>());
        var (smallest, _) = x.topk(2, largest: false);
        Assert.Equal(new float[] { 1, 1 }, smallest.data<float>());
        var (third, thirdIndex) = x.kthvalue(3);
        Assert.Equal(2f, third.item<float>());
        Assert.Equal(6L, thirdIndex.item<long>());
    }

    [Fact]
    public void Pools_and_padding()
    {
        using var scope = NewDisposeScope();
        var x = tensor(new float[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }, [1, 1, 4, 4]);
        Assert.Equal(new float[] { 6, 8, 14, 16 }, F.max_pool2d(x, [2]).data<float>());
        Assert.Equal(new float[] { 3.5f, 5.5f, 11.5f, 13.5f }, F.avg_pool2d(x, [2]).data<float>());
        Assert.Equal(new float[] { 8.5f }, F.adaptive_avg_pool2d(x, [1]).data<float>());
        var padded = F.pad(tensor(new float[] { 1, 2 }, [1, 2]), [1, 2], value: 7);
        Assert.Equal(new float[] { 7, 1, 2, 7, 7 }, padded.data<float>());
        var reflected = F.pad(tensor(new float[] { 1, 2, 3 }, [1, 1, 3]), [2, 0], PaddingModes.Reflect);
        Assert.Equal(new float[] { 3, 2, 1, 2, 3 }, reflected.data<float>());
    }

    [Fact]
    public void Dropout_zeroes_and_rescales_in_training_only()
    {
        using var scope = NewDisposeScope();
        manual_seed(1);
        var x = ones([1000]);
        var dropped = F.dropout(x, 0.25, training: true).data<float>();
        Assert.All(dropped, v => Assert.True(v == 0 || Math.Abs(v - 1 / 0.75f) < 1e-6));
        var zeroFraction = dropped.Count(v => v == 0) / 1000.0;
        Assert.InRange(zeroFraction, 0.18, 0.32);
        Assert.Equal(x.data<float>(), F.dropout(x, 0.25, training: false).data<float>());
    }
}
