package org.crossroads.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Small-count suppression of a table of counts with its row totals, column totals and grand total.
 *
 * <p>Primary: every count from 1 to 4, totals included, is shown only as "fewer than 5". Zero is
 * shown as 0: it names no one. Complementary: a reader who knows the shown numbers can add and
 * subtract whole rows and columns. Treat the table with its margins as a graph whose nodes are its
 * rows and columns and whose edges are the hidden cells; every row and every column is then one
 * equation over the hidden cells it holds. A hidden cell can be worked out exactly from those
 * equations if and only if it is a bridge of that graph (sum the equations on one side of the bridge
 * and everything but the bridge cancels; a cell on a cycle can move up and down the cycle without
 * changing any shown number). So cells are hidden, as few and as small as possible, until no hidden
 * cell is a bridge. On top of that, a row or column whose hidden cells are all small also hides a
 * count of 5 or more where it has one, so that the known sum of its hidden cells cannot pin several
 * small counts at once (two hidden cells summing to 2 could only be 1 and 1).
 *
 * <p>What this guarantees: no withheld count follows from the shown numbers by adding and subtracting
 * rows and columns. What it does not: a reader who also uses the ranges the markers imply (1 to 4
 * for "fewer than 5", 0 or at least 5 for "hidden") may narrow a withheld count down, and in some
 * small, sparse tables pin it; ruling that out needs an interval audit by linear programming per
 * cell. The page is for signed-in editors, and the counts hold no answers.
 */
final class Suppression {

	/** Counts from 1 to this are never shown. */
	static final long THRESHOLD = 4;

	private Suppression() {
	}

	/** How a cell is shown. */
	public enum Status {
		SHOWN, FEWER_THAN_5, HIDDEN
	}

	/**
	 * The table with margins: {@code status[i][j]} for the {@code rows + 1} by {@code columns + 1}
	 * table whose last row holds the column totals and whose last column the row totals.
	 */
	record Result(long[][] values, Status[][] status) {

		Status at(int row, int column) {
			return status[row][column];
		}
	}

	/** Protects {@code counts} (rows × columns, none negative), margins added here. */
	static Result protect(long[][] counts) {
		int rows = counts.length;
		int columns = rows == 0 ? 0 : counts[0].length;
		long[][] v = new long[rows + 1][columns + 1];
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < columns; j++) {
				long c = counts[i][j];
				v[i][j] = c;
				v[i][columns] += c;
				v[rows][j] += c;
				v[rows][columns] += c;
			}
		}
		Status[][] s = new Status[rows + 1][columns + 1];
		boolean[][] hidden = new boolean[rows + 1][columns + 1];
		for (int i = 0; i <= rows; i++) {
			for (int j = 0; j <= columns; j++) {
				boolean small = v[i][j] >= 1 && v[i][j] <= THRESHOLD;
				s[i][j] = small ? Status.FEWER_THAN_5 : Status.SHOWN;
				hidden[i][j] = small;
			}
		}
		if (rows > 0 && columns > 0) {
			boolean changed = true;
			while (changed) {
				changed = protectLines(v, hidden) | breakBridges(v, hidden);
			}
		}
		for (int i = 0; i <= rows; i++) {
			for (int j = 0; j <= columns; j++) {
				if (hidden[i][j] && s[i][j] == Status.SHOWN) {
					s[i][j] = Status.HIDDEN;
				}
			}
		}
		return new Result(v, s);
	}

	/** A line whose hidden cells are all small hides its smallest count of 5 or more too. */
	private static boolean protectLines(long[][] v, boolean[][] hidden) {
		boolean changed = false;
		int n = v.length;
		int m = v[0].length;
		for (int i = 0; i < n; i++) {
			changed |= protectLine(v, hidden, i, -1, m);
		}
		for (int j = 0; j < m; j++) {
			changed |= protectLine(v, hidden, -1, j, n);
		}
		return changed;
	}

	private static boolean protectLine(long[][] v, boolean[][] hidden, int row, int column, int length) {
		boolean anyHidden = false;
		boolean anyLarge = false;
		int smallestLarge = -1;
		for (int k = 0; k < length; k++) {
			int i = row >= 0 ? row : k;
			int j = row >= 0 ? k : column;
			if (hidden[i][j]) {
				anyHidden = true;
				anyLarge |= v[i][j] > THRESHOLD;
			}
			else if (v[i][j] > THRESHOLD && (smallestLarge < 0 || v[i][j] < value(v, row, column, smallestLarge))) {
				smallestLarge = k;
			}
		}
		if (!anyHidden || anyLarge || smallestLarge < 0) {
			return false;
		}
		if (row >= 0) {
			hidden[row][smallestLarge] = true;
		}
		else {
			hidden[smallestLarge][column] = true;
		}
		return true;
	}

	private static long value(long[][] v, int row, int column, int k) {
		return row >= 0 ? v[row][k] : v[k][column];
	}

	/**
	 * Puts every hidden cell that is a bridge on a cycle, by hiding the cheapest rectangle through it
	 * (fewest new cells, then the smallest sum; zeros only when nothing else will do). New cells lie
	 * on that rectangle, so they are no bridges, and adding cells never makes another cell a bridge.
	 */
	private static boolean breakBridges(long[][] v, boolean[][] hidden) {
		boolean changed = false;
		int[] bridge;
		while ((bridge = findBridge(hidden)) != null) {
			hideCheapestRectangle(v, hidden, bridge[0], bridge[1]);
			changed = true;
		}
		return changed;
	}

	private static void hideCheapestRectangle(long[][] v, boolean[][] hidden, int r, int c) {
		int n = v.length;
		int m = v[0].length;
		int bestR = -1;
		int bestC = -1;
		long bestCost = Long.MAX_VALUE;
		for (int r2 = 0; r2 < n; r2++) {
			if (r2 == r) {
				continue;
			}
			for (int c2 = 0; c2 < m; c2++) {
				if (c2 == c) {
					continue;
				}
				long cost = cost(v, hidden, r, c2) + cost(v, hidden, r2, c) + cost(v, hidden, r2, c2);
				if (cost < bestCost) {
					bestCost = cost;
					bestR = r2;
					bestC = c2;
				}
			}
		}
		hidden[r][bestC] = true;
		hidden[bestR][c] = true;
		hidden[bestR][bestC] = true;
	}

	/** Already hidden costs nothing; a new cell costs far more than its count; a zero costs most. */
	private static long cost(long[][] v, boolean[][] hidden, int i, int j) {
		if (hidden[i][j]) {
			return 0;
		}
		long each = 1L << 40;
		return v[i][j] == 0 ? 4 * each : each + v[i][j];
	}

	/** A hidden cell that is a bridge between the rows and columns, or null. Tarjan, iteratively. */
	static int @Nullable [] findBridge(boolean[][] hidden) {
		int n = hidden.length;
		int m = hidden[0].length;
		int nodes = n + m;
		List<List<int[]>> adjacency = new ArrayList<>();
		for (int k = 0; k < nodes; k++) {
			adjacency.add(new ArrayList<>());
		}
		int edge = 0;
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				if (hidden[i][j]) {
					adjacency.get(i).add(new int[] { n + j, edge, i, j });
					adjacency.get(n + j).add(new int[] { i, edge, i, j });
					edge++;
				}
			}
		}
		int[] order = new int[nodes];
		int[] low = new int[nodes];
		Arrays.fill(order, -1);
		int counter = 0;
		for (int start = 0; start < nodes; start++) {
			if (order[start] >= 0) {
				continue;
			}
			// Stack frames: node, edge id it was reached by, next adjacency index.
			List<int[]> stack = new ArrayList<>();
			order[start] = low[start] = counter++;
			stack.add(new int[] { start, -1, 0 });
			while (!stack.isEmpty()) {
				int[] frame = stack.get(stack.size() - 1);
				int node = frame[0];
				List<int[]> next = adjacency.get(node);
				if (frame[2] < next.size()) {
					int[] e = next.get(frame[2]++);
					if (e[1] == frame[1]) {
						continue;
					}
					if (order[e[0]] < 0) {
						order[e[0]] = low[e[0]] = counter++;
						stack.add(new int[] { e[0], e[1], 0 });
					}
					else {
						low[node] = Math.min(low[node], order[e[0]]);
					}
				}
				else {
					stack.remove(stack.size() - 1);
					if (!stack.isEmpty()) {
						int parent = stack.get(stack.size() - 1)[0];
						low[parent] = Math.min(low[parent], low[node]);
						if (low[node] > order[parent]) {
							for (int[] e : adjacency.get(node)) {
								if (e[1] == frame[1]) {
									return new int[] { e[2], e[3] };
								}
							}
						}
					}
				}
			}
		}
		return null;
	}
}
