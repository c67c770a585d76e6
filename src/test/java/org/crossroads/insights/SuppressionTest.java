package org.crossroads.insights;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.crossroads.insights.Suppression.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small counts are withheld, and nothing a reader can add or subtract from the shown numbers of the
 * table (cells, row totals, column totals, grand total) gives one back. Checked against an
 * independent linear-algebra reader and, for a small table, a reader who tries every table.
 * Suppression guarantees the first; a reader who also uses the bounds a marker implies (1 to 4, or 0
 * or at least 5) can narrow a withheld count in some small tables, which {@link Suppression} notes.
 */
class SuppressionTest {

	@Test
	void countsFromOneToFourAreWithheldAndZeroIsShown() {
		Suppression.Result r = Suppression.protect(new long[][] { { 3, 0, 40, 50 }, { 20, 0, 30, 60 } });

		assertThat(r.at(0, 0)).isEqualTo(Status.FEWER_THAN_5);
		assertThat(r.at(0, 1)).isEqualTo(Status.SHOWN);
		assertThat(r.values()[0][1]).isZero();
		assertThat(r.at(1, 3)).isEqualTo(Status.SHOWN).as("a count far from any small one stays");
	}

	@Test
	void aRowTotalCannotGiveBackTheOneSmallCellOfItsRow() {
		// Row 0: 3 + 20 + 12 = 35; showing 20, 12 and 35 would give the 3 back.
		Suppression.Result r = Suppression.protect(new long[][] { { 3, 20, 12 }, { 8, 9, 6 }, { 10, 11, 12 } });

		assertThat(r.at(0, 0)).isEqualTo(Status.FEWER_THAN_5);
		assertThat(withheldIn(r, 0, true)).as("withheld in row 0, its total included").isGreaterThanOrEqualTo(2);
		assertNothingRecoverable(r);
	}

	@Test
	void aColumnTotalCannotGiveBackTheOneSmallCellOfItsColumn() {
		Suppression.Result r = Suppression.protect(new long[][] { { 30, 20 }, { 2, 25 }, { 40, 18 } });

		assertThat(r.at(1, 0)).isEqualTo(Status.FEWER_THAN_5);
		assertThat(withheldIn(r, 0, false)).as("withheld in column 0, its total included").isGreaterThanOrEqualTo(2);
		assertNothingRecoverable(r);
	}

	@Test
	void theGrandTotalCannotGiveBackASmallColumnTotal() {
		// Column 1 totals 4: its total is small itself; the grand total minus the other column totals must not give it.
		Suppression.Result r = Suppression.protect(new long[][] { { 30, 1, 20 }, { 25, 3, 18 } });

		assertThat(r.at(2, 1)).as("the small column total").isEqualTo(Status.FEWER_THAN_5);
		assertThat(r.at(0, 1)).isEqualTo(Status.FEWER_THAN_5);
		assertThat(r.at(1, 1)).isEqualTo(Status.FEWER_THAN_5);
		long withheldTotals = 0;
		for (int j = 0; j <= 3; j++) {
			withheldTotals += r.at(2, j) == Status.SHOWN ? 0 : 1;
		}
		assertThat(withheldTotals).as("withheld in the row of column totals").isGreaterThanOrEqualTo(2);
		assertNothingRecoverable(r);
	}

	@Test
	void twoSmallCellsOfARowCannotBePinnedByTheirKnownSum() {
		// 1 + 1 with a shown total would make the pair's sum 2: both could only be 1.
		Suppression.Result r = Suppression.protect(new long[][] { { 1, 1, 8 }, { 6, 7, 9 } });

		assertNothingRecoverable(r);
		assertNoReaderCanPin(r, 10);
	}

	@Test
	void aTableWithoutSmallCountsShowsEverything() {
		Suppression.Result r = Suppression.protect(new long[][] { { 5, 0, 9 }, { 0, 0, 0 }, { 12, 7, 5 } });

		for (Status[] row : r.status()) {
			assertThat(row).containsOnly(Status.SHOWN);
		}
	}

	@Test
	void anEmptyTableHasOnlyZeroTotals() {
		Suppression.Result r = Suppression.protect(new long[0][0]);

		assertThat(r.values()).hasDimensions(1, 1);
		assertThat(r.at(0, 0)).isEqualTo(Status.SHOWN);
	}

	@Test
	void randomTablesKeepEveryWithheldCountUnrecoverable() {
		Random random = new Random(20260101);
		for (int run = 0; run < 400; run++) {
			int rows = 1 + random.nextInt(8);
			int columns = 1 + random.nextInt(5);
			long[][] counts = new long[rows][columns];
			for (int i = 0; i < rows; i++) {
				for (int j = 0; j < columns; j++) {
					counts[i][j] = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 40);
				}
			}
			Suppression.Result r = Suppression.protect(counts);
			assertPrimaryComplete(r);
			assertNothingRecoverable(r);
		}
	}

	private static int withheldIn(Suppression.Result r, int index, boolean row) {
		int n = row ? r.status()[0].length : r.status().length;
		int withheld = 0;
		for (int k = 0; k < n; k++) {
			Status s = row ? r.at(index, k) : r.at(k, index);
			withheld += s == Status.SHOWN ? 0 : 1;
		}
		return withheld;
	}

	private static void assertPrimaryComplete(Suppression.Result r) {
		for (int i = 0; i < r.values().length; i++) {
			for (int j = 0; j < r.values()[i].length; j++) {
				long v = r.values()[i][j];
				if (v >= 1 && v <= 4) {
					assertThat(r.at(i, j)).isEqualTo(Status.FEWER_THAN_5);
				}
				if (r.at(i, j) == Status.FEWER_THAN_5) {
					assertThat(v).isBetween(1L, 4L);
				}
			}
		}
	}

	/**
	 * A reader who knows every shown number and that each row and column adds up: a withheld cell is
	 * recoverable exactly when its unit vector lies in the row space of the equations over the
	 * withheld cells, that is when deleting its column lowers the rank by one.
	 */
	static void assertNothingRecoverable(Suppression.Result r) {
		int n = r.values().length;
		int m = r.values()[0].length;
		List<int[]> unknowns = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				if (r.at(i, j) != Status.SHOWN) {
					unknowns.add(new int[] { i, j });
				}
			}
		}
		// Row i: cells minus its total; column j: cells minus its total (the margins' own lines alike).
		List<double[]> equations = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			double[] eq = new double[unknowns.size()];
			for (int k = 0; k < unknowns.size(); k++) {
				int[] u = unknowns.get(k);
				if (u[0] == i) {
					eq[k] = u[1] == m - 1 ? -1 : 1;
				}
			}
			equations.add(eq);
		}
		for (int j = 0; j < m; j++) {
			double[] eq = new double[unknowns.size()];
			for (int k = 0; k < unknowns.size(); k++) {
				int[] u = unknowns.get(k);
				if (u[1] == j) {
					eq[k] = u[0] == n - 1 ? -1 : 1;
				}
			}
			equations.add(eq);
		}
		int rank = rank(equations, -1);
		for (int k = 0; k < unknowns.size(); k++) {
			assertThat(rank(equations, k)).as("withheld cell %s,%s can be worked out from %s", unknowns.get(k)[0],
					unknowns.get(k)[1], java.util.Arrays.deepToString(r.values())).isEqualTo(rank);
		}
	}

	private static int rank(List<double[]> rows, int without) {
		List<double[]> a = new ArrayList<>();
		for (double[] row : rows) {
			double[] copy = row.clone();
			if (without >= 0) {
				copy[without] = 0;
			}
			a.add(copy);
		}
		int rank = 0;
		int columns = a.isEmpty() ? 0 : a.get(0).length;
		for (int c = 0; c < columns && rank < a.size(); c++) {
			int pivot = -1;
			for (int i = rank; i < a.size(); i++) {
				if (Math.abs(a.get(i)[c]) > 1e-9) {
					pivot = i;
					break;
				}
			}
			if (pivot < 0) {
				continue;
			}
			double[] p = a.remove(pivot);
			a.add(rank, p);
			for (int i = 0; i < a.size(); i++) {
				if (i != rank && Math.abs(a.get(i)[c]) > 1e-9) {
					double f = a.get(i)[c] / p[c];
					for (int k = 0; k < columns; k++) {
						a.get(i)[k] -= f * p[k];
					}
				}
			}
			rank++;
		}
		return rank;
	}

	/**
	 * A reader who tries every table of counts up to {@code max} that shows the same: each withheld
	 * cell must be able to take at least two values (a "fewer than 5" one from 1 to 4 only).
	 */
	static void assertNoReaderCanPin(Suppression.Result r, int max) {
		int rows = r.values().length - 1;
		int columns = r.values()[0].length - 1;
		int cells = rows * columns;
		List<Set<Long>> seen = new ArrayList<>();
		for (int k = 0; k < (rows + 1) * (columns + 1); k++) {
			seen.add(new HashSet<>());
		}
		long[] candidate = new long[cells];
		long combinations = (long) Math.pow(max + 1, cells);
		for (long code = 0; code < combinations; code++) {
			long rest = code;
			for (int k = 0; k < cells; k++) {
				candidate[k] = rest % (max + 1);
				rest /= max + 1;
			}
			long[][] table = new long[rows + 1][columns + 1];
			for (int i = 0; i < rows; i++) {
				for (int j = 0; j < columns; j++) {
					long c = candidate[i * columns + j];
					table[i][j] = c;
					table[i][columns] += c;
					table[rows][j] += c;
					table[rows][columns] += c;
				}
			}
			if (!looksTheSame(r, table)) {
				continue;
			}
			for (int i = 0; i <= rows; i++) {
				for (int j = 0; j <= columns; j++) {
					seen.get(i * (columns + 1) + j).add(table[i][j]);
				}
			}
		}
		for (int i = 0; i <= rows; i++) {
			for (int j = 0; j <= columns; j++) {
				if (r.at(i, j) != Status.SHOWN) {
					assertThat(seen.get(i * (columns + 1) + j)).as("values a reader finds possible for withheld %s,%s of %s",
							i, j, java.util.Arrays.deepToString(r.values())).hasSizeGreaterThan(1);
				}
			}
		}
	}

	private static boolean looksTheSame(Suppression.Result r, long[][] table) {
		for (int i = 0; i < table.length; i++) {
			for (int j = 0; j < table[i].length; j++) {
				Status s = r.at(i, j);
				long v = table[i][j];
				if (s == Status.SHOWN && v != r.values()[i][j]) {
					return false;
				}
				if (s == Status.FEWER_THAN_5 && (v < 1 || v > 4)) {
					return false;
				}
				// A hidden cell is zero or 5 and more: a count from 1 to 4 would say "fewer than 5".
				if (s == Status.HIDDEN && v >= 1 && v <= 4) {
					return false;
				}
			}
		}
		return true;
	}
}
