/**
 * The pages' scripts, inlined: the hover tip on restored words, and the
 * batch's tasks view (filters and sorting). Plain browser JavaScript with no
 * library; the pages read fully without it, the script only adds.
 */

/** A tip that follows the pointer over `.w[data-tip]`, showing what OCR printed. */
export const TIP_SCRIPT = `
(function(){
  var tip=document.createElement('div');tip.id='tip';tip.setAttribute('role','tooltip');document.body.appendChild(tip);
  function show(w,x,y){
    tip.textContent='';
    var parts=w.getAttribute('data-tip').split(' · ');
    var head=document.createElement('b');head.textContent=parts[0];tip.appendChild(head);
    for(var i=1;i<parts.length;i++){tip.appendChild(document.createElement('br'));tip.appendChild(document.createTextNode(parts[i]));}
    tip.style.display='block';
    var r=tip.getBoundingClientRect();
    tip.style.left=Math.max(4,Math.min(x+12,window.innerWidth-r.width-8))+'px';
    tip.style.top=(y+18+r.height>window.innerHeight?y-r.height-10:y+18)+'px';
  }
  document.addEventListener('mouseover',function(e){var w=e.target.closest&&e.target.closest('.w[data-tip]');if(w)show(w,e.clientX,e.clientY);else tip.style.display='none';});
  document.addEventListener('focusin',function(e){var w=e.target.closest&&e.target.closest('.w[data-tip]');if(w){var r=w.getBoundingClientRect();show(w,r.left,r.bottom);}});
})();
`;

/**
 * The tasks view: rows carry data-lead (names joined by "|"), data-month and
 * data-doc; the selects keep the rows that match all three; a header click
 * sorts by its column's data-key (text, Vietnamese collation) and again
 * reverses.
 */
export const TASKS_SCRIPT = `
(function(){
  var table=document.getElementById('tasks-table');if(!table)return;
  var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
  var lead=document.getElementById('f-lead'),month=document.getElementById('f-month'),doc=document.getElementById('f-doc');
  var count=document.getElementById('tasks-shown');
  function apply(){
    var n=0;
    rows.forEach(function(r){
      var ok=(!lead.value||r.getAttribute('data-lead').split('|').indexOf(lead.value)>=0)
        &&(!month.value||r.getAttribute('data-month').split('|').indexOf(month.value)>=0)
        &&(!doc.value||r.getAttribute('data-doc')===doc.value);
      r.hidden=!ok;if(ok)n++;
    });
    count.textContent=String(n);
  }
  [lead,month,doc].forEach(function(s){s.addEventListener('change',apply);});
  document.getElementById('f-reset').addEventListener('click',function(){lead.value='';month.value='';doc.value='';apply();});
  var coll=new Intl.Collator('vi',{numeric:true});
  var ths=table.tHead.querySelectorAll('th[data-key]');
  Array.prototype.forEach.call(ths,function(th,col){
    th.classList.add('sortable');
    th.addEventListener('click',function(){
      var asc=!th.classList.contains('sorted-asc');
      Array.prototype.forEach.call(ths,function(o){o.classList.remove('sorted-asc','sorted-desc');});
      th.classList.add(asc?'sorted-asc':'sorted-desc');
      var key=th.getAttribute('data-key');
      rows.sort(function(a,b){
        var x=a.getAttribute('data-'+key)||'\\uffff',y=b.getAttribute('data-'+key)||'\\uffff';
        var c=coll.compare(x,y)||(Number(a.getAttribute('data-order'))-Number(b.getAttribute('data-order')));
        return asc?c:-c;
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
  apply();
})();
`;
