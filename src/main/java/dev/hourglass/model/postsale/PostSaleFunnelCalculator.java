package dev.hourglass.model.postsale;

import dev.hourglass.model.Ratios;
import java.util.ArrayList;
import java.util.List;

/** Step and cumulative conversion of the post-sale funnel (metrics.md §5). */
public final class PostSaleFunnelCalculator {
    private PostSaleFunnelCalculator() {
    }

    public static List<PostSaleFunnelStep> calculate(PostSaleFunnelInputs in) {
        List<PostSaleFunnelStep> steps = new ArrayList<>();
        long first = in.closedWon();
        long previous = first;
        for (PostSaleStep step : PostSaleStep.values()) {
            long count = in.count(step);
            steps.add(new PostSaleFunnelStep(step, count, Ratios.ratio(count, previous), Ratios.ratio(count, first)));
            previous = count;
        }
        return List.copyOf(steps);
    }
}
