import { useTranslation } from 'react-i18next';
import { TableHead } from '../app/TableHead.tsx';

interface Cost {
  subdistrictId: string;
  newOrganizations: number;
  joiningUnits: number;
  startupYuan: number;
  activityYuanPerYear: number;
  totalYuan: number;
}

const yuan = (v: number) => v.toLocaleString('zh-CN');

/** What the proposals would cost per subdistrict (issue 18, point 4; seed 000 art. 24). */
export function PlanCosts({ costs, years }: { costs: Cost[]; years: number | null | undefined }) {
  const { t } = useTranslation();
  if (years == null) return <p className="planning-note">{t('planning.noFunds')}</p>;
  const total = costs.reduce((s, c) => s + c.totalYuan, 0);
  return (
    <table className="planning-costs" data-testid="planning-costs">
      <caption>{t('planning.costsTitle', { years })}</caption>
      <TableHead
        labels={[
          t('planning.costNew'),
          t('planning.costJoining'),
          t('planning.costStartup'),
          t('planning.costActivity'),
          t('planning.costTotal'),
        ]}
      />
      <tbody>
        {costs.map((c) => (
          <tr key={c.subdistrictId}>
            <td>{c.newOrganizations}</td>
            <td>{c.joiningUnits}</td>
            <td>{yuan(c.startupYuan)}</td>
            <td>{yuan(c.activityYuanPerYear)}</td>
            <td>{yuan(c.totalYuan)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={4}>{t('planning.costSum')}</td>
          <td data-testid="planning-cost-total">{yuan(total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
