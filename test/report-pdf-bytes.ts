// A report's PDF read whole, as a browser saves the streamed download.
import { reportPdfStream } from '@/lib/reports/pdf-report';
import type { Report, ReportText } from '@/lib/reports/report-text';

export async function reportPdfBytes(report: Report, text: ReportText, now?: Date): Promise<Buffer> {
  return Buffer.from(await new Response(reportPdfStream(report, text, now)).arrayBuffer());
}
