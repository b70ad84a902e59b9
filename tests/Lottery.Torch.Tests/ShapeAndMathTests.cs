namespace Lottery.Torch.Tests;

/// <summary>Shape, indexing, elementwise math and reductions against hand-computed values.</summary>
public class ShapeAndMathTests
{
    private static Tensor Matrix() => arange(6, float32).reshape(2, 3); // [[0,1,2],[3,4,5]]

    [Fact]
    public void Views_and_reshapes()
    {
        using var scope = NewDisposeScope();
        var m = Matrix();
        Assert.Equal(new float[] { 0, 3, 1, 4, 2, 5 }, m.t().contiguous().data<float>());
        Assert.False(m.t().is_contiguous());
        Assert.Equal(new long[] { 3, 2 }, m.permute(1, 0).shape);
        Assert.Equal(new long[] { 6 }, m.flatten().shape);
        Assert.Equal(new long[] { 1, 2, 3 }, m.unsqueeze(0).shape);
        Assert.Equal(new long[] { 2, 3 }, m.unsqueeze(0).squeeze(0).shape);
        Assert.Equal(new long[] { 2, 3 }, m.unsqueeze(1).squeeze().shape);
        Assert.Equal(new float[] { 1, 2, 4, 5 }, m.narrow(1, 1, 2).contiguous().data<float>());
        Assert.Equal(new float[] { 0, 2, 3, 5 }, m.slice(1, 0, 3, 2).contiguous().data<float>());
        Assert.Equal(new long[] { 4, 2, 3 }, m.expand(4, 2, 3).shape);
        var viewed = m.view(3, 2);
        viewed.fill_(1);
        Assert.Equal(6f, m.sum().item<float>()); // a view shares storage
    }

    [Fact]
    public void Indexing_gathers_and_selections()
    {
        using var scope = NewDisposeScope();
        var m = Matrix();
        Assert.Equal(new float[] { 3, 4, 5, 0, 1, 2 }, m.index_select(0, tensor(new long[] { 1, 0 })).data<float>());
        Assert.Equal(new float[] { 2, 0, 3, 3 }, m.gather(1, tensor(new long[] { 2, 0, 0, 0 }, [2, 2])).data<float>());
        Assert.Equal(new float[] { 3, 4, 5 }, m.masked_select(m.gt(2)).data<float>());
        Assert.Equal(new float[] { 3, 4, 5 }, m[m.gt(2)].data<float>());
        var where = m.gt(3).nonzero();
        Assert.Equal(new long[] { 2, 2 }, where.shape);
        Assert.Equal(new long[] { 1, 1, 1, 2 }, where.data<long>());
        Assert.Equal(new float[] { 3, 4, 5 }, m[tensor(new long[] { 1 })].flatten().data<float>());
        var chunks = arange(5).chunk(2);
        Assert.Equal(2, chunks.Length);
        Assert.Equal(new long[] { 0, 1, 2 }, chunks[0].data<long>());
        Assert.Equal(new long[] { 3, 4 }, chunks[1].data<long>());
        Assert.Equal(new long[] { 4, 3 }, cat([m, m]).shape);
        Assert.Equal(new long[] { 2, 2, 3 }, stack([m, m]).shape);
        var target = zeros(5);
        target.index_put_(tensor(new long[] { 1, 3 }), tensor(new float[] { 7, 8 }));
        Assert.Equal(new float[] { 0, 7, 0, 8, 0 }, target.data<float>());
    }

    [Fact]
    public void Elementwise_math_with_scalars_and_in_place_forms()
    {
        using var scope = NewDisposeScope();
        var x = tensor(new float[] { -2, 0.25f, 4 });
        Assert.Equal(new float[] { 2, 0.25f, 4 }, x.abs().data<float>());
        Assert.Equal(new float[] { -1, 1, 1 }, x.sign().data<float>());
        Assert.Equal(new float[] { 0, 0.25f, 4 }, x.relu().data<float>());
        Assert.Equal(new float[] { -1, 0.25f, 1 }, x.clamp(-1, 1).data<float>());
        Assert.Equal(new float[] { 0, 0.25f, 4 }, x.clamp_min(0).data<float>());
        Assert.Equal(new float[] { 4, 0.0625f, 16 }, x.pow(2).data<float>());
        Assert.Equal(new float[] { 0.5f, 2 }, tensor(new float[] { 0.25f, 4 }).sqrt().data<float>());
        Assert.Equal(new float[] { -5, -0.5f, 7 }, (x * 2 - 1 + x.mul(0)).data<float>());
        Assert.Equal(new float[] { 2, -0.25f, -4 }, (-x).data<float>());
        Assert.Equal(new float[] { -1, 0.125f, 2 }, (x / 2).data<float>());
        Assert.Equal(new float[] { -0.5f, 4, 0.25f }, (1 / x).data<float>());
        Assert.Equal(1.0, tensor(new double[] { 0 }).exp().item<double>());
        Assert.Equal(Math.Log(2), tensor(new double[] { 2 }).log().item<double>(), 12);
        Assert.Equal(0.5, tensor(new double[] { 0 }).sigmoid().item<double>());
        Assert.Equal(Math.Tanh(0.3), tensor(new double[] { 0.3 }).tanh().item<double>(), 12);
        var y = x.clone();
        Assert.Same(y, y.mul_(2).add_(1).neg_());
        Assert.Equal(new float[] { 3, -1.5f, -9 }, y.data<float>());
        y.add_(tensor(new float[] { 1, 1, 1 }), 2);
        Assert.Equal(new float[] { 5, 0.5f, -7 }, y.data<float>());
    }

    [Fact]
    public void Comparisons_logical_ops_where_and_masked_fill()
    {
        using var scope = NewDisposeScope();
        var x = tensor(new float[] { 1, 2, 3 });
        var y = tensor(new float[] { 3, 2, 1 });
        Assert.Equal(new[] { false, true, false }, x.eq(y).data<bool>());
        Assert.Equal(new[] { true, false, true }, x.ne(y).data<bool>());
        Assert.Equal(new[] { true, false, false }, x.lt(y).data<bool>());
        Assert.Equal(new[] { true, true, false }, x.le(2).data<bool>());
        Assert.Equal(new[] { false, false, true }, x.gt(y).data<bool>());
        Assert.Equal(new[] { false, true, true }, x.ge(2).data<bool>());
        Assert.Equal(new[] { false, true, false }, (x.ge(2) & x.le(2)).data<bool>());
        Assert.Equal(new[] { true, false, true }, (x.lt(2) | x.gt(2)).data<bool>());
        Assert.Equal(new[] { true, false, true }, (!x.eq(2)).data<bool>());
        Assert.Equal(new float[] { 1, 2, 1 }, where(x.le(2), x, y).data<float>());
        Assert.Equal(new float[] { 1, 0, 3 }, x.masked_fill(x.eq(2), 0).data<float>());
        Assert.Equal(new float[] { 3, 2, 3 }, maximum(x, y).data<float>());
    }

    [Fact]
    public void Reductions_all_and_per_dimension()
    {
        using var scope = NewDisposeScope();
        var m = Matrix();
        Assert.Equal(15f, m.sum().item<float>());
        Assert.Equal(new float[] { 3, 5, 7 }, m.sum(0).data<float>());
        Assert.Equal(new float[] { 1, 4 }, m.mean(1).data<float>());
        Assert.Equal(new long[] { 2, 1 }, m.mean([1], keepdim: true).shape);
        Assert.Equal(5f, m.max().item<float>());
        Assert.Equal(0f, m.min().item<float>());
        var (values, indexes) = m.max(1);
        Assert.Equal(new float[] { 2, 5 }, values.data<float>());
        Assert.Equal(new long[] { 2, 2 }, indexes.data<long>());
        Assert.Equal(5L, m.argmax().item<long>());
        Assert.Equal(new long[] { 1, 1, 1 }, m.argmax(0).data<long>());
        Assert.Equal(Math.Sqrt(55), m.norm().item<float>(), 5);
        Assert.Equal(5L, m.count_nonzero().item<long>());
        Assert.Equal(new long[] { 1, 2, 2 }, m.count_nonzero(0).data<long>());
        var (sorted, order) = tensor(new float[] { 3, 1, 2 }).sort(descending: true);
        Assert.Equal(new float[] { 3, 2, 1 }, sorted.data<float>());
        Assert.Equal(new long[] { 0, 2, 1 }, order.data<long>());
    }

    [Fact]
    public void Matrix_products()
    {
        using var scope = NewDisposeScope();
        var a = tensor(new float[,] { { 1, 2 }, { 3, 4 } });
        var b = tensor(new float[,] { { 5, 6 }, { 7, 8 } });
        Assert.Equal(new float[] { 19, 22, 43, 50 }, a.mm(b).data<float>());
        Assert.Equal(new float[] { 19, 22, 43, 50 }, matmul(a, b).data<float>());
        Assert.Equal(new float[] { 5, 11 }, a.matmul(tensor(new float[] { 1, 2 })).data<float>());
        // 0.5 * ones + 2 * a @ b
        Assert.Equal(new float[] { 38.5f, 44.5f, 86.5f, 100.5f }, ones(2, 2).addmm(a, b, beta: 0.5, alpha: 2).data<float>());
    }
}
